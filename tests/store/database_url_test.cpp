#include <gradus/core/errors.hpp>
#include <gradus/store/database_url.hpp>
#include <gradus/store/store.hpp>

#include <catch2/catch.hpp>

using gradus::store::Backend;
using gradus::store::parse_database_url;
using Catch::Matchers::Contains;

TEST_CASE("sqlite URLs name a file path, taken as written") {
    const auto url = parse_database_url("sqlite:./dir with spaces/gradus.db");
    CHECK(url.backend == Backend::sqlite);
    CHECK(url.connection == "./dir with spaces/gradus.db");
    CHECK(parse_database_url("sqlite::memory:").connection == ":memory:");
}

TEST_CASE("postgresql URLs pass a keyword string or the whole URI to libpq") {
    const auto keywords = parse_database_url("postgresql://dbname=gradus_test host=/tmp/x port=54329");
    CHECK(keywords.backend == Backend::postgresql);
    CHECK(keywords.connection == "dbname=gradus_test host=/tmp/x port=54329");

    const auto uri = parse_database_url("postgresql://gradus@db.example:5432/gradus?sslmode=require");
    CHECK(uri.backend == Backend::postgresql);
    CHECK(uri.connection == "postgresql://gradus@db.example:5432/gradus?sslmode=require");
}

TEST_CASE("anything else is a ConfigError that lists the accepted forms") {
    for (const char* bad : {"", "gradus.db", "sqlite:", "mysql://localhost/gradus", "postgres://localhost/gradus",
                            "SQLITE:gradus.db", "sqlite:a\"b.db"}) {
        INFO("url: " << bad);
        CHECK_THROWS_AS(parse_database_url(bad), gradus::ConfigError);
        CHECK_THROWS_WITH(parse_database_url(bad), Contains("sqlite:PATH") && Contains("postgresql://"));
    }
    CHECK_THROWS_AS(gradus::store::Store("mysql://localhost/gradus"), gradus::ConfigError);
}

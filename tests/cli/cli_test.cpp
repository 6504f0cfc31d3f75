// The gradus command line: help, version and the documented exit codes (README.md).

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

using namespace gradus::test;

TEST_CASE("gradus --version and --help exit 0", "[cli]") {
    TempDir tmp;
    auto r = run_gradus("--version", tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("gradus ", 0) == 0);
    r = run_gradus("--help", tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("rank") != std::string::npos);
    CHECK(r.out.find("Exit codes") != std::string::npos);
    r = run_gradus("rank --help", tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("--candidature") != std::string::npos);
}

TEST_CASE("Usage errors exit 2 and print the usage", "[cli]") {
    TempDir tmp;
    auto r = run_gradus("", tmp);
    CHECK(r.exit_code == 2);
    r = run_gradus("frobnicate", tmp);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown command 'frobnicate'") != std::string::npos);
    r = run_gradus("rank --bogus", tmp);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("usage: gradus rank") != std::string::npos);
    r = run_gradus("rank --avviso a.xml --out x", tmp);  // --candidature missing
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("candidature") != std::string::npos);
    r = run_gradus("rank --avviso a.xml --candidature b.xml --out x --as-of 2025-02-30", tmp);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--as-of") != std::string::npos);
    r = run_gradus("runs --db mysql://x", tmp);
    CHECK(r.exit_code == 2);
}

TEST_CASE("An input file that cannot be read exits 1 naming it", "[cli]") {
    TempDir tmp;
    const auto r = run_gradus("rank --no-store --avviso missing-avviso.xml --candidature c.xml --out '" +
                                  (tmp.path() / "out").string() + "'",
                              tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("missing-avviso.xml") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "out"));
}

TEST_CASE("check-store proves a fresh SQLite store works", "[cli]") {
    TempDir tmp;
    const auto r = run_gradus("check-store --db 'sqlite:" + (tmp.path() / "sub" / "g.db").string() + "'", tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("store ok") != std::string::npos);
    const auto runs = run_gradus("runs --db 'sqlite:" + (tmp.path() / "sub" / "g.db").string() + "'", tmp);
    CHECK(runs.exit_code == 0);
    CHECK(runs.out.find("store-check\tsucceeded") != std::string::npos);
}

#include "test_database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace gradus::store::test {
namespace {

std::string configured_url() {
    const char* url = std::getenv("GRADUS_TEST_DB");
    if (url == nullptr || *url == '\0') {
        throw std::runtime_error("set GRADUS_TEST_DB to sqlite:PATH or postgresql://... (CTest does)");
    }
    return url;
}

std::string file_safe(std::string text) {
    for (char& c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return text;
}

std::string fresh_sqlite_file(const std::string& base_path) {
    const std::string path = base_path + "." + file_safe(Catch::getResultCapture().getCurrentTestName());
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    return "sqlite:" + path;
}

void empty_postgresql(const std::string& connection) {
    soci::session session(*soci::factory_postgresql(), connection);
    session << "SET client_min_messages = warning";
    session << "DROP SCHEMA public CASCADE";
    session << "CREATE SCHEMA public";
}

}  // namespace

std::string fresh_database_url() {
    const std::string url = configured_url();
    const DatabaseUrl database = parse_database_url(url);
    if (database.backend == Backend::sqlite) return fresh_sqlite_file(database.connection);
    empty_postgresql(database.connection);
    return url;
}

Backend test_backend() { return parse_database_url(configured_url()).backend; }

std::string by_backend(std::string sqlite, std::string postgresql) {
    return test_backend() == Backend::sqlite ? sqlite : postgresql;
}

long long count_of(Store& db, const std::string& sql) {
    long long n = 0;
    db.session() << sql, soci::into(n);
    return n;
}

}  // namespace gradus::store::test

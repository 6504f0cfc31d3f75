#include <gradus/store/database_url.hpp>

#include <gradus/core/errors.hpp>

#include <cctype>

namespace gradus::store {
namespace {

constexpr std::string_view sqlite_scheme = "sqlite:";
constexpr std::string_view postgresql_scheme = "postgresql://";

// The URL itself is not repeated: it may carry a password.
[[noreturn]] void reject(std::string_view why) {
    throw ConfigError("bad database URL: " + std::string(why) +
                      "; accepted forms are sqlite:PATH (e.g. sqlite:./gradus.db), "
                      "postgresql://KEYWORD=VALUE ... (e.g. postgresql://dbname=gradus "
                      "host=/run/postgresql) and postgresql://USER@HOST:PORT/DATABASE");
}

// "dbname=x host=y" rather than "user@host/db": the text starts with a keyword and '='.
bool is_keyword_string(std::string_view rest) {
    std::size_t i = 0;
    while (i < rest.size() && std::isspace(static_cast<unsigned char>(rest[i]))) ++i;
    const std::size_t keyword_start = i;
    while (i < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '_')) ++i;
    if (i == keyword_start) return false;
    while (i < rest.size() && std::isspace(static_cast<unsigned char>(rest[i]))) ++i;
    return i < rest.size() && rest[i] == '=';
}

}  // namespace

DatabaseUrl parse_database_url(std::string_view url) {
    if (url.starts_with(sqlite_scheme)) {
        const std::string_view path = url.substr(sqlite_scheme.size());
        if (path.empty()) reject("the SQLite file path is missing");
        // SOCI reads the path from a connection string where a double quote cannot be escaped.
        if (path.find('"') != std::string_view::npos) reject("the SQLite file path contains '\"'");
        return {Backend::sqlite, std::string(path)};
    }
    if (url.starts_with(postgresql_scheme)) {
        const std::string_view rest = url.substr(postgresql_scheme.size());
        if (is_keyword_string(rest)) return {Backend::postgresql, std::string(rest)};
        return {Backend::postgresql, std::string(url)};
    }
    reject("unknown scheme");
}

}  // namespace gradus::store

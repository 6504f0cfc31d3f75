#pragma once

#include <string>
#include <string_view>

namespace gradus::store {

enum class Backend { sqlite, postgresql };

// Where the store lives, as understood from a `--db` URL.
struct DatabaseUrl {
    Backend backend = Backend::sqlite;
    // SQLite: the file path (":memory:" included). PostgreSQL: the text given to libpq, either a
    // keyword string ("dbname=gradus host=/run/postgresql") or the whole "postgresql://" URI.
    std::string connection;
};

// Accepts "sqlite:PATH" and "postgresql://..." where the rest is a libpq keyword string
// ("postgresql://dbname=gradus port=5432") or a URI ("postgresql://user@host:5432/gradus").
// Throws ConfigError naming the accepted forms for anything else.
DatabaseUrl parse_database_url(std::string_view url);

}  // namespace gradus::store

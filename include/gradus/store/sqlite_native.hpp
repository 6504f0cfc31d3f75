#pragma once

// The raw SQLite API as SOCI exposes it: this header declares sqlite3.h inside namespace
// sqlite_api, so never include <sqlite3.h> next to it. Internal to the store.
#include <gradus/store/dialect.hpp>

#include <soci/sqlite3/soci-sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
}

namespace gradus::store {

sqlite_api::sqlite3* native_sqlite(soci::session& session);

// One prepared statement; every failure throws Error with SQLite's message. Bound text and
// blobs are not copied: they must stay alive until the next step().
class SqliteStatement {
public:
    SqliteStatement(sqlite_api::sqlite3* db, const std::string& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind_null(int index);  // indexes start at 1
    void bind_int64(int index, std::int64_t value);
    void bind_text(int index, std::string_view text);
    void bind_blob(int index, std::string_view bytes);
    bool step();   // true while a result row is ready
    void reset();  // ready to step again; bindings stay until rebound
    // Of the current row; indexes start at 0. A view stays valid until the next step() or reset().
    std::int64_t column_int64(int index) const;
    std::string_view column_view(int index) const;  // a blob's or a text's bytes

private:
    [[noreturn]] void fail(std::string_view what) const;

    sqlite_api::sqlite3* m_db;
    sqlite_api::sqlite3_stmt* m_statement = nullptr;
};

// Dialect::start_writeback on SQLite (sqlite_writeback.cpp); null for a database without a file.
std::unique_ptr<Writeback> start_sqlite_writeback(sqlite_api::sqlite3* db);

std::unique_ptr<BulkSink> open_sqlite_bulk_sink(sqlite_api::sqlite3* db, const std::string& table,
                                                const std::vector<std::string>& columns);

}  // namespace gradus::store

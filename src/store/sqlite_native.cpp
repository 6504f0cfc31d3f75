#include <gradus/store/sqlite_native.hpp>

#include <gradus/core/errors.hpp>

#include <soci/soci.h>

namespace gradus::store {

sqlite_api::sqlite3* native_sqlite(soci::session& session) {
    return static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
}

SqliteStatement::SqliteStatement(sqlite_api::sqlite3* db, const std::string& sql) : m_db(db) {
    if (sqlite_api::sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size() + 1),
                                       &m_statement, nullptr) != SQLITE_OK) {
        fail("cannot prepare \"" + sql + "\"");
    }
}

SqliteStatement::~SqliteStatement() { sqlite_api::sqlite3_finalize(m_statement); }

void SqliteStatement::bind_null(int index) {
    if (sqlite_api::sqlite3_bind_null(m_statement, index) != SQLITE_OK) fail("cannot bind NULL");
}

void SqliteStatement::bind_int64(int index, std::int64_t value) {
    if (sqlite_api::sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) fail("cannot bind an integer");
}

void SqliteStatement::bind_text(int index, std::string_view text) {
    // A null pointer would bind NULL, not an empty text.
    const char* data = text.empty() ? "" : text.data();
    if (sqlite_api::sqlite3_bind_text64(m_statement, index, data, text.size(), SQLITE_STATIC,
                                        SQLITE_UTF8) != SQLITE_OK) {
        fail("cannot bind a text");
    }
}

void SqliteStatement::bind_blob(int index, std::string_view bytes) {
    // A null pointer would bind NULL, and an empty string_view may have one.
    const int result = bytes.empty()
                           ? sqlite_api::sqlite3_bind_zeroblob(m_statement, index, 0)
                           : sqlite_api::sqlite3_bind_blob64(m_statement, index, bytes.data(),
                                                             bytes.size(), SQLITE_STATIC);
    if (result != SQLITE_OK) fail("cannot bind a blob");
}

bool SqliteStatement::step() {
    const int result = sqlite_api::sqlite3_step(m_statement);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    fail("statement failed");
}

void SqliteStatement::reset() {
    if (sqlite_api::sqlite3_reset(m_statement) != SQLITE_OK) fail("cannot reset a statement");
}

std::int64_t SqliteStatement::column_int64(int index) const {
    return sqlite_api::sqlite3_column_int64(m_statement, index);
}

std::string_view SqliteStatement::column_view(int index) const {
    const void* data = sqlite_api::sqlite3_column_blob(m_statement, index);
    const int size = sqlite_api::sqlite3_column_bytes(m_statement, index);
    if (data == nullptr) return {};  // a zero-length value
    return std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

void SqliteStatement::fail(std::string_view what) const {
    throw Error("sqlite: " + std::string(what) + ": " + sqlite_api::sqlite3_errmsg(m_db));
}

}  // namespace gradus::store

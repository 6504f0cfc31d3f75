#include <gradus/store/dialect.hpp>
#include <gradus/store/sqlite_native.hpp>

#include <soci/soci.h>

namespace gradus::store {
namespace {

// How long a connection waits for another connection's write lock before giving up.
constexpr int busy_timeout_ms = 30'000;
// Page cache in KiB (a negative cache_size). SQLite's default of 2 MB is outgrown by the indexes of a
// national run (random codici fiscali), and every miss costs a read; 64 MB keeps a million-row run's
// index pages in memory.
constexpr int cache_kib = 64 * 1024;

class SqliteDialect final : public Dialect {
public:
    Backend backend() const override { return Backend::sqlite; }

    std::unique_ptr<soci::session> connect(const std::string& path) const override {
        auto session = std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=\"" + path + "\"");
        *session << "PRAGMA foreign_keys = ON";
        *session << "PRAGMA busy_timeout = " + std::to_string(busy_timeout_ms);
        *session << "PRAGMA cache_size = -" + std::to_string(cache_kib);
        return session;
    }

    // IMMEDIATE takes the write lock now; a deferred transaction that reads first could not
    // wait for it later and would fail with SQLITE_BUSY at once.
    void begin_writing(soci::session& session) const override { session << "BEGIN IMMEDIATE"; }

    void begin_schema_change(soci::session& session) const override { begin_writing(session); }
    // BEGIN IMMEDIATE already holds the database's only write lock.
    void lock_run_chain(soci::session&) const override {}

    void insert_blob_if_absent(soci::session& session, const std::string& sha256,
                               std::string_view bytes) const override {
        SqliteStatement insert(native_sqlite(session),
                               "INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?)"
                               " ON CONFLICT (sha256) DO NOTHING");
        insert.bind_text(1, sha256);
        insert.bind_int64(2, static_cast<std::int64_t>(bytes.size()));
        insert.bind_blob(3, bytes);
        insert.step();
    }

    std::optional<std::string> read_blob(soci::session& session,
                                         const std::string& sha256) const override {
        SqliteStatement select(native_sqlite(session), "SELECT bytes FROM blobs WHERE sha256 = ?");
        select.bind_text(1, sha256);
        if (!select.step()) return std::nullopt;
        return select.column_blob(0);
    }

    std::unique_ptr<BulkSink> open_bulk_sink(soci::session& session, const std::string& table,
                                             const std::vector<std::string>& columns) const override {
        return open_sqlite_bulk_sink(native_sqlite(session), table, columns);
    }
};

}  // namespace

std::unique_ptr<Dialect> make_sqlite_dialect() { return std::make_unique<SqliteDialect>(); }

}  // namespace gradus::store

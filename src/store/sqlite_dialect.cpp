#include <gradus/core/errors.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/sqlite_native.hpp>

#include <soci/soci.h>

namespace gradus::store {
namespace {

// How long a connection waits for another connection's write lock before giving up.
constexpr int busy_timeout_ms = 30'000;
// Page cache in KiB (a negative cache_size). SQLite's default of 2 MB is outgrown by the indexes of a
// national run (random codici fiscali), and every miss costs a read. At 1M candidature with 16 KiB
// pages, 32 MB stores as fast as 64 MB (6.9-7.0 s both) and takes 33 MB less at the peak; 16 MB
// costs 0.4 s more.
constexpr int cache_kib = 32 * 1024;
// Page size of a new database (an existing one keeps its own). 16 KiB pages quarter the pages a
// run's stored files and rows go through: a million candidature (845 MB of files, 1M rows) are
// stored in 1.4 s less than with the default 4 KiB, and 64 KiB gains nothing more.
constexpr int page_bytes = 16 * 1024;

// One prepared INSERT for all of a blob's chunks; the bytes are bound without a copy.
class SqliteChunkSink final : public ChunkSink {
public:
    explicit SqliteChunkSink(sqlite_api::sqlite3* db)
        : m_insert(db, "INSERT INTO blob_chunks (chunk_key, seq, bytes) VALUES (?, ?, ?)") {}

    void add_chunk(const std::string& chunk_key, std::int64_t seq, std::string_view bytes) override {
        m_insert.bind_text(1, chunk_key);
        m_insert.bind_int64(2, seq);
        m_insert.bind_blob(3, bytes);
        m_insert.step();
        m_insert.reset();
    }

private:
    SqliteStatement m_insert;
};

class SqliteFileRows final : public FileRows {
public:
    explicit SqliteFileRows(sqlite_api::sqlite3* db)
        : m_blob(db, "INSERT INTO blobs (sha256, size, bytes, chunk_count, chunk_key) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT (sha256) DO NOTHING RETURNING 1"),
          m_file(db, "INSERT INTO run_files (run_id, direction, role, name, sha256) VALUES (?, ?, ?, ?, ?)") {}

    void add_blob(const BlobRow& blob) override { insert_blob(blob); }
    bool insert_chunked_blob_if_absent(const BlobRow& blob) override { return insert_blob(blob); }

    void add_run_file(const RunFileRow& file) override {
        m_file.bind_int64(1, file.run_id);
        m_file.bind_text(2, file.direction);
        m_file.bind_text(3, file.role);
        m_file.bind_text(4, file.name);
        m_file.bind_text(5, file.sha256);
        m_file.step();
        m_file.reset();
    }

    void flush() override {}  // every row went in when added

private:
    bool insert_blob(const BlobRow& blob) {
        m_blob.bind_text(1, blob.sha256);
        m_blob.bind_int64(2, blob.size);
        m_blob.bind_blob(3, blob.bytes);
        m_blob.bind_int64(4, blob.chunk_count);
        if (blob.chunk_key.empty()) {
            m_blob.bind_null(5);
        } else {
            m_blob.bind_text(5, blob.chunk_key);
        }
        const bool inserted = m_blob.step();
        m_blob.reset();
        return inserted;
    }

    SqliteStatement m_blob;
    SqliteStatement m_file;
};

class SqliteDialect final : public Dialect {
public:
    Backend backend() const override { return Backend::sqlite; }

    std::unique_ptr<soci::session> connect(const std::string& path) const override {
        auto session = std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=\"" + path + "\"");
        *session << "PRAGMA page_size = " + std::to_string(page_bytes);
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

    std::unique_ptr<FileRows> open_file_rows(soci::session& session) const override {
        return std::make_unique<SqliteFileRows>(native_sqlite(session));
    }

    std::unique_ptr<ChunkSink> open_chunk_sink(soci::session& session) const override {
        return std::make_unique<SqliteChunkSink>(native_sqlite(session));
    }

    std::unique_ptr<Writeback> start_writeback(soci::session& session) const override {
        return start_sqlite_writeback(native_sqlite(session));
    }

    // A whole blob in one query (most blobs are: `gradus verify` reads every one), a chunked one
    // piece by piece.
    bool read_blob(soci::session& session, const std::string& sha256, ByteSink& sink) const override {
        SqliteStatement head(native_sqlite(session), "SELECT size, chunk_count, bytes FROM blobs WHERE sha256 = ?");
        head.bind_text(1, sha256);
        if (!head.step()) return false;
        const BlobShape shape{head.column_int64(0), head.column_int64(1)};
        if (shape.chunk_count == 0) {
            sink.write(head.column_view(2));
            return true;
        }
        for (std::int64_t piece = 0; piece < shape.pieces(); ++piece) read_blob_piece(session, sha256, shape, piece, sink);
        return true;
    }

    std::optional<BlobShape> blob_shape(soci::session& session, const std::string& sha256) const override {
        SqliteStatement head(native_sqlite(session), "SELECT size, chunk_count FROM blobs WHERE sha256 = ?");
        head.bind_text(1, sha256);
        if (!head.step()) return std::nullopt;
        return BlobShape{head.column_int64(0), head.column_int64(1)};
    }

    void read_blob_piece(soci::session& session, const std::string& sha256, const BlobShape& shape,
                         std::int64_t index, ByteSink& sink) const override {
        sqlite_api::sqlite3* db = native_sqlite(session);
        if (shape.chunk_count == 0) {
            if (index != 0) throw InternalError("blob " + sha256 + " is whole: it has no piece " + std::to_string(index));
            SqliteStatement whole(db, "SELECT bytes FROM blobs WHERE sha256 = ?");
            whole.bind_text(1, sha256);
            if (!whole.step()) throw Error("blob " + sha256 + " is missing");
            sink.write(whole.column_view(0));
            return;
        }
        SqliteStatement chunk(db,
                              "SELECT c.bytes FROM blobs b JOIN blob_chunks c ON c.chunk_key = b.chunk_key "
                              "WHERE b.sha256 = ? AND c.seq = ?");
        chunk.bind_text(1, sha256);
        chunk.bind_int64(2, index);
        if (!chunk.step()) missing_chunk(sha256, index, shape.chunk_count);
        sink.write(chunk.column_view(0));
    }

    std::unique_ptr<BulkSink> open_bulk_sink(soci::session& session, const std::string& table,
                                             const std::vector<std::string>& columns) const override {
        return open_sqlite_bulk_sink(native_sqlite(session), table, columns);
    }
};

}  // namespace

std::unique_ptr<Dialect> make_sqlite_dialect() { return std::make_unique<SqliteDialect>(); }

}  // namespace gradus::store

#pragma once

#include <gradus/core/byte_sink.hpp>
#include <gradus/store/blob_shape.hpp>
#include <gradus/store/bulk_writer.hpp>
#include <gradus/store/database_url.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
}

namespace gradus::store {

// Where a BulkWriter's rows go. Destroying a sink that has not finished cancels its rows.
class BulkSink {
public:
    virtual ~BulkSink() = default;
    virtual void add_row(const std::vector<Cell>& row) = 0;
    virtual void finish() = 0;
};

// A row of blobs: its bytes whole (chunk_count 0, no chunk_key) or, for a blob larger than one
// chunk, empty bytes and the key and number of its chunks in blob_chunks.
struct BlobRow {
    std::string sha256;
    std::int64_t size = 0;
    std::string_view bytes;
    std::int64_t chunk_count = 0;
    std::string chunk_key;  // empty: the bytes are whole
};

// A row of run_files: one file of one run.
struct RunFileRow {
    std::int64_t run_id = 0;
    std::string_view direction;  // "in" or "out"
    std::string_view role;
    std::string_view name;
    std::string_view sha256;
};

// Where a run records its files, inside its transaction: the blob rows and the run_files rows.
// A batch of 100,000 prospetti records 100,000 inputs, so no row costs a statement of its own:
// SQLite prepares its two statements once per run; PostgreSQL holds rows back and sends them
// many to a statement. A held row's error surfaces at flush(), and fails the run all the same.
class FileRows {
public:
    virtual ~FileRows() = default;
    // Adds a whole blob (chunk_count 0) unless a blob with its SHA-256 exists already. The row
    // may be held back until flush(); its bytes are copied.
    virtual void add_blob(const BlobRow& blob) = 0;
    // Inserts a chunked blob's row now unless a blob with its SHA-256 exists; true when it did.
    virtual bool insert_chunked_blob_if_absent(const BlobRow& blob) = 0;
    // May be held back until flush().
    virtual void add_run_file(const RunFileRow& file) = 0;
    // Sends every row held back. A run calls it before it reads blobs or run files, and before
    // it commits.
    virtual void flush() = 0;
};

// Where a BlobWriter's chunks go, inside the run's transaction.
class ChunkSink {
public:
    virtual ~ChunkSink() = default;
    virtual void add_chunk(const std::string& chunk_key, std::int64_t seq, std::string_view bytes) = 0;
};

// Writing of a run's stored bytes to disk, begun in the background (Dialect::start_writeback).
// Destroying it waits until the writing has been handed to the disk, never for the disk itself.
class Writeback {
public:
    virtual ~Writeback() = default;
};

// What the store does differently on SQLite and on PostgreSQL; everything else is shared SQL.
// Internal to the store.
class Dialect {
public:
    virtual ~Dialect() = default;

    virtual Backend backend() const = 0;
    // A new connection, with the per-connection settings applied.
    virtual std::unique_ptr<soci::session> connect(const std::string& connection) const = 0;
    // Begin a transaction that writes, waiting for other writers rather than failing later.
    virtual void begin_writing(soci::session& session) const = 0;
    // Like begin_writing(), and also keeps other connections from migrating at the same time.
    virtual void begin_schema_change(soci::session& session) const = 0;
    // Inside a writing transaction: keeps other connections from extending the run chain until
    // this transaction ends, so every run has exactly one predecessor.
    virtual void lock_run_chain(soci::session& session) const = 0;
    virtual std::unique_ptr<FileRows> open_file_rows(soci::session& session) const = 0;
    virtual std::unique_ptr<ChunkSink> open_chunk_sink(soci::session& session) const = 0;
    // Streams the blob's bytes into `sink`, chunk by chunk in order; false when there is no such
    // blob. Throws Error (missing_chunk()) when one of its chunks is missing.
    virtual bool read_blob(soci::session& session, const std::string& sha256, ByteSink& sink) const = 0;
    // For a reader that pulls: the blob's size and chunks; nullopt when there is no such blob.
    virtual std::optional<BlobShape> blob_shape(soci::session& session, const std::string& sha256) const = 0;
    // Writes piece `index` of the blob (`shape` as blob_shape() gave it) into `sink`. Throws Error
    // (missing_chunk()) when that chunk is missing.
    virtual void read_blob_piece(soci::session& session, const std::string& sha256, const BlobShape& shape,
                                 std::int64_t index, ByteSink& sink) const = 0;
    // Begins writing to disk what the open transaction has handed to the operating system so far,
    // without waiting for it; null where there is nothing to begin (a server writes as it will).
    virtual std::unique_ptr<Writeback> start_writeback(soci::session& session) const = 0;
    // `table` and `columns` are checked identifiers.
    virtual std::unique_ptr<BulkSink> open_bulk_sink(
        soci::session& session, const std::string& table,
        const std::vector<std::string>& columns) const = 0;
};

[[noreturn]] void missing_chunk(const std::string& sha256, std::int64_t seq, std::int64_t chunk_count);

std::unique_ptr<Dialect> make_dialect(Backend backend);
std::unique_ptr<Dialect> make_sqlite_dialect();
std::unique_ptr<Dialect> make_postgresql_dialect();

}  // namespace gradus::store

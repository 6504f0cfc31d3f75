#pragma once

#include <gradus/store/blob_shape.hpp>
#include <gradus/store/database_url.hpp>
#include <gradus/store/run.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
}

namespace gradus {
class ByteSink;
}

namespace gradus::store {

class Dialect;
class FileRows;

// The database of runs, their files and results: one connection, SQLite or PostgreSQL.
// Opening applies the pending schema migrations. Not thread-safe: one Store per thread, or every
// call serialised by the threads that share it (app::StoredBlobSource).
// Database failures surface as gradus::Error carrying the database's own message.
class Store {
public:
    // `url` as parse_database_url() accepts it. Throws ConfigError for a bad URL, Error when the
    // database cannot be opened or its schema is newer than this program.
    explicit Store(std::string_view url);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Backend backend() const;
    int schema_version();

    std::optional<RunRecord> get_run(std::int64_t id);
    std::vector<RunRecord> list_runs();  // by id
    std::vector<RunFile> run_files(std::int64_t run_id);  // by direction (in first), role, name

    // Streams the blob's bytes into `sink` in order, one chunk at a time, so a large blob never
    // has to fit in memory; false when there is no such blob. Throws Error when one of its chunks
    // is missing.
    bool read_blob(std::string_view sha256, ByteSink& sink);
    // The whole blob in one string: for small blobs.
    std::optional<std::string> get_blob(std::string_view sha256);
    // For a reader that pulls a blob a piece at a time (a parser, see BlobShape): its shape,
    // nullopt when there is no such blob; then each piece in turn, 0 to shape.pieces() - 1.
    // Throws Error when the piece's chunk is missing.
    std::optional<BlobShape> blob_shape(std::string_view sha256);
    void read_blob_piece(std::string_view sha256, const BlobShape& shape, std::int64_t index, ByteSink& sink);
    bool has_blob(std::string_view sha256);

    // The size of the chunks of blobs written from now on; a blob that fits in one stays whole.
    static constexpr std::size_t default_blob_chunk_size = std::size_t{1} << 20;
    std::size_t blob_chunk_size() const { return m_blob_chunk_size; }
    void set_blob_chunk_size(std::size_t bytes);

    // The connection, for repositories of other tables. While a BulkWriter is open nothing
    // else may use it (PostgreSQL is in COPY mode).
    soci::session& session();

private:
    friend class RunTransaction;

    std::unique_ptr<Dialect> m_dialect;
    // The open run's file rows (RunTransaction), opened at its first file. Rows it holds back are
    // sent before any read of blobs or run files, so a read sees every file recorded so far. When
    // sending them fails, the rows are dropped and the error kept for the run, which can then only
    // fail with it.
    void flush_file_rows();

    std::unique_ptr<soci::session> m_session;
    std::unique_ptr<FileRows> m_file_rows;
    std::string m_file_rows_error;
    bool m_run_open = false;
    std::size_t m_blob_chunk_size = default_blob_chunk_size;
};

}  // namespace gradus::store

#pragma once

#include <gradus/core/sha256.hpp>
#include <gradus/store/blob_writer.hpp>
#include <gradus/store/bulk_writer.hpp>
#include <gradus/store/run.hpp>
#include <gradus/store/run_chain.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

class BulkSink;
class FileRows;
class Store;
class Writeback;

// One run, all or nothing. The constructor records the run as 'running' (committed at once,
// so even a crash leaves a trace), then opens the transaction that holds the run's work: its
// files, their blobs and any bulk rows. commit() makes the work visible and the run
// 'succeeded'. fail(), or destruction without commit(), rolls the work back and leaves only the
// run row, 'failed' with a message. After any error the run can only fail.
// One RunTransaction at a time per Store.
class RunTransaction {
public:
    // `started_at`: an ISO 8601 timestamp chosen by the caller (the store never reads the clock).
    RunTransaction(Store& store, const RunSpec& spec, std::string_view started_at);
    ~RunTransaction();
    RunTransaction(const RunTransaction&) = delete;
    RunTransaction& operator=(const RunTransaction&) = delete;

    std::int64_t run_id() const { return m_run_id; }

    // A file of the run, streamed into a content-addressed blob (stored once) by a BlobWriter,
    // whose finish() records the file and returns its SHA-256. `role`: a word without spaces;
    // `name`: no control characters; both non-empty, the pair unique per run and direction.
    BlobWriter input_writer(std::string_view role, std::string_view name);
    BlobWriter output_writer(std::string_view role, std::string_view name);
    // The same with all the bytes at hand.
    std::string add_input(std::string_view role, std::string_view name, std::string_view bytes);
    std::string add_output(std::string_view role, std::string_view name, std::string_view bytes);
    // The file at `path` as an input, read one chunk at a time; Error when it cannot be opened.
    std::string add_input_file(std::string_view role, std::string_view name, const std::filesystem::path& path);
    // An input the store holds already (a file of an earlier run): recorded under this run by its
    // SHA-256, its bytes neither read nor written again. Error when the store has no such blob.
    void add_stored_input(std::string_view role, std::string_view name, std::string_view sha256);

    // Rows for `table`; table and columns are plain SQL identifiers. One writer (bulk or blob)
    // at a time. A run_id column, if any, must hold this run's id in every row.
    BulkWriter bulk_writer(std::string_view table, const std::vector<std::string>& columns);

    // Asks the database to start writing what the run has stored so far to disk while the run goes
    // on, so that the commit waits only for what comes after. It changes nothing of what is
    // committed or rolled back. On SQLite it asks the kernel (Linux) from a thread of its own; on
    // PostgreSQL there is nothing to ask.
    void start_writeback();

    // Hash the files, mark the run 'succeeded' at `finished_at` (ISO 8601) and commit.
    void commit(std::string_view finished_at);
    // Drop the work (an open bulk writer's rows too) and mark the run 'failed' with `message`.
    void fail(std::string_view message);

private:
    friend class BlobWriter;
    friend class BulkWriter;
    enum class State { open, committed, failed };

    BlobWriter blob_writer(FileDirection direction, std::string_view role, std::string_view name);
    void write_blob(std::uint64_t writer, BlobWriter::State& blob, std::string_view bytes);
    void hash_and_store_chunk(BlobWriter::State& blob, std::string_view bytes);
    void store_chunk(BlobWriter::State& blob, std::string_view bytes);
    FileRows& file_rows();  // the Store's, opened at the run's first file
    std::string finish_blob(std::uint64_t writer, BlobWriter::State& blob);
    void write_row(std::uint64_t writer, const std::vector<Cell>& row);
    PreparedRows prepare_rows(std::uint64_t writer, std::vector<std::vector<Cell>> rows) const;
    void write_prepared(std::uint64_t writer, PreparedRows&& rows);
    void finish_writer(std::uint64_t writer);
    void abandon_writer(std::uint64_t writer, std::string_view kind) noexcept;  // kind: "bulk" or "blob"
    void ensure_open(std::uint64_t writer) const;
    void guarded(std::string_view what, const std::function<void()>& work);
    void mark_failed(std::string_view message);
    bool unwinding() const;  // an exception thrown since construction is in flight
    std::string abandon_message() const;
    // The run's first database error: its own, or the Store's when sending held file rows failed
    // (on a read of blobs or run files).
    const std::string& first_error() const;
    void link_into_chain();

    Store& m_store;
    std::int64_t m_run_id = 0;
    State m_state = State::open;
    std::string m_first_error;  // empty while all went well; then the failed run's message
    int m_uncaught_at_start;
    std::unique_ptr<BulkSink> m_sink;
    std::size_t m_sink_columns = 0;
    std::optional<std::size_t> m_sink_run_id_column;  // where the open writer's run_id cells are
    std::optional<RowDigester> m_row_digester;  // the open writer's table and columns
    std::set<std::string> m_row_tables;        // "table:col,col" of every bulk write
    std::vector<Sha256Digest> m_row_digests;   // SHA-256 of each row's digest line
    Sha256 m_row_hash;                         // reused for every row: one OpenSSL context per run
    std::uint64_t m_open_writer = 0;  // 0: none
    std::uint64_t m_writers_opened = 0;
    std::uint64_t m_chunked_blobs = 0;  // numbers the chunk keys of the run's blobs
    std::unique_ptr<Writeback> m_writeback;  // begun by start_writeback(), ended with the run
};

}  // namespace gradus::store

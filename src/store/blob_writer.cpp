#include <gradus/store/blob_writer.hpp>

#include <gradus/core/errors.hpp>
#include <gradus/core/sha256.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>

#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_group.h>
#include <soci/soci.h>

#include <algorithm>
#include <fstream>

namespace gradus::store {
namespace {

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
}

// Each file becomes one "role name sha256" line of the files hash: a role with a space, or a
// name with a line break, would make two different sets of files hash the same.
void check_file_label(std::string_view role, std::string_view name) {
    if (role.empty() || std::any_of(role.begin(), role.end(), [](char c) { return c == ' ' || is_control(c); })) {
        throw Error("file role '" + std::string(role) + "' must be a non-empty word without spaces");
    }
    if (name.empty() || std::any_of(name.begin(), name.end(), is_control)) {
        throw Error("file name '" + std::string(name) + "' must be non-empty, without control characters");
    }
}

}  // namespace

struct BlobWriter::State {
    FileDirection direction;
    std::string role, name;
    std::size_t chunk_size;
    Sha256 hash;
    std::int64_t size = 0;
    std::string buffer;     // the bytes not yet stored: at most one chunk
    std::string chunk_key;  // empty until the first chunk is stored
    std::int64_t chunks = 0;
    std::unique_ptr<ChunkSink> sink;
};

BlobWriter::BlobWriter(RunTransaction& run, std::uint64_t id, std::unique_ptr<State> state)
    : m_run(&run), m_id(id), m_state(std::move(state)) {}

BlobWriter::BlobWriter(BlobWriter&& other) noexcept
    : m_run(other.m_run), m_id(other.m_id), m_state(std::move(other.m_state)) {
    other.m_run = nullptr;
}

BlobWriter::~BlobWriter() {
    if (m_run != nullptr) m_run->abandon_writer(m_id, "blob");
}

void BlobWriter::write(std::string_view bytes) {
    if (m_run == nullptr) throw InternalError("write() on a moved-from blob writer");
    m_run->write_blob(m_id, *m_state, bytes);
}

std::string BlobWriter::finish() {
    if (m_run == nullptr) throw InternalError("finish() on a moved-from blob writer");
    return m_run->finish_blob(m_id, *m_state);
}

BlobWriter RunTransaction::input_writer(std::string_view role, std::string_view name) {
    return blob_writer(FileDirection::in, role, name);
}

BlobWriter RunTransaction::output_writer(std::string_view role, std::string_view name) {
    return blob_writer(FileDirection::out, role, name);
}

std::string RunTransaction::add_input(std::string_view role, std::string_view name, std::string_view bytes) {
    BlobWriter writer = input_writer(role, name);
    writer.write(bytes);
    return writer.finish();
}

std::string RunTransaction::add_output(std::string_view role, std::string_view name, std::string_view bytes) {
    BlobWriter writer = output_writer(role, name);
    writer.write(bytes);
    return writer.finish();
}

std::string RunTransaction::add_input_file(std::string_view role, std::string_view name,
                                           const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw Error("cannot open " + path.string());
    BlobWriter writer = input_writer(role, name);
    std::string piece(m_store.blob_chunk_size(), '\0');
    while (file) {
        file.read(piece.data(), static_cast<std::streamsize>(piece.size()));
        writer.write(std::string_view(piece.data(), static_cast<std::size_t>(file.gcount())));
    }
    if (!file.eof()) throw Error("cannot read " + path.string());
    return writer.finish();
}

void RunTransaction::add_stored_input(std::string_view role, std::string_view name, std::string_view sha256) {
    ensure_open(0);
    guarded("cannot add a file to the run", [&] {
        check_file_label(role, name);
        if (!m_store.has_blob(sha256)) throw Error("the store holds no file with sha256 " + std::string(sha256));
        file_rows().add_run_file({m_run_id, to_string(FileDirection::in), role, name, sha256});
    });
}

FileRows& RunTransaction::file_rows() {
    if (!m_store.m_file_rows) m_store.m_file_rows = m_store.m_dialect->open_file_rows(*m_store.m_session);
    return *m_store.m_file_rows;
}

BlobWriter RunTransaction::blob_writer(FileDirection direction, std::string_view role, std::string_view name) {
    ensure_open(0);
    guarded("cannot add a file to the run", [&] { check_file_label(role, name); });
    auto blob = std::make_unique<BlobWriter::State>();
    blob->direction = direction;
    blob->role = std::string(role);
    blob->name = std::string(name);
    blob->chunk_size = m_store.blob_chunk_size();
    blob->buffer.reserve(blob->chunk_size);
    m_open_writer = ++m_writers_opened;
    return BlobWriter(*this, m_open_writer, std::move(blob));
}

// A chunk is stored only once more bytes follow it, so a blob that fits in one chunk stays whole.
// The hash takes the bytes a chunk at a time, as each is stored, and the last ones at finish.
void RunTransaction::write_blob(std::uint64_t writer, BlobWriter::State& blob, std::string_view bytes) {
    ensure_open(writer);
    guarded("cannot write a blob", [&] {
        blob.size += static_cast<std::int64_t>(bytes.size());
        const std::size_t chunk = blob.chunk_size;
        while (!bytes.empty()) {
            if (blob.buffer.size() == chunk) {
                hash_and_store_chunk(blob, blob.buffer);
                blob.buffer.clear();
            }
            if (blob.buffer.empty() && bytes.size() > chunk) {  // straight from the caller's bytes
                hash_and_store_chunk(blob, bytes.substr(0, chunk));
                bytes.remove_prefix(chunk);
                continue;
            }
            const std::size_t take = std::min(chunk - blob.buffer.size(), bytes.size());
            blob.buffer.append(bytes.substr(0, take));
            bytes.remove_prefix(take);
        }
    });
}

// Chunks go in under a key of this run ("RUN-N") before the blob's SHA-256 is known; the blob's
// row names that key once it is. Renaming the chunks to the hash instead would rewrite every
// chunk's bytes on SQLite, which stores a row whole. The savepoint lets finish() take them back
// when the store already has the blob, without DELETE (the batch role never deletes).
// The chunk is hashed on another core while this thread stores it: at 1,000,000 candidature the
// run stores 845 MB of input files and 150 MB of reports, and each step took about as long as the
// other. The store's connection stays on this thread.
// Isolated, so that while it waits this thread takes up no outer task (the next block of a report
// being written, say) in the middle of a chunk; with a context of its own, so that the cancelling
// of an outer algorithm (a report block that failed) cannot skip the hashing of a stored chunk.
void RunTransaction::hash_and_store_chunk(BlobWriter::State& blob, std::string_view bytes) {
    tbb::this_task_arena::isolate([&] {
        tbb::task_group_context own(tbb::task_group_context::isolated);
        tbb::task_group hashing(own);
        hashing.run([&blob, bytes] { blob.hash.update(bytes); });
        try {
            store_chunk(blob, bytes);
        } catch (...) {
            hashing.wait();
            throw;
        }
        if (hashing.wait() != tbb::task_group_status::complete) {
            throw InternalError("a blob chunk was stored but not hashed");
        }
    });
}

void RunTransaction::store_chunk(BlobWriter::State& blob, std::string_view bytes) {
    if (!blob.sink) {
        m_store.flush_file_rows();  // held rows must not fall inside the savepoint a known blob rolls back
        *m_store.m_session << "SAVEPOINT gradus_blob";
        blob.chunk_key = std::to_string(m_run_id) + "-" + std::to_string(++m_chunked_blobs);
        blob.sink = m_store.m_dialect->open_chunk_sink(*m_store.m_session);
    }
    blob.sink->add_chunk(blob.chunk_key, blob.chunks++, bytes);
}

std::string RunTransaction::finish_blob(std::uint64_t writer, BlobWriter::State& blob) {
    ensure_open(writer);
    blob.hash.update(blob.buffer);
    const std::string sha256 = blob.hash.hex_digest();
    guarded("cannot add a file to the run", [&] {
        soci::session& session = *m_store.m_session;
        FileRows& rows = file_rows();
        if (blob.chunks == 0) {
            rows.add_blob({sha256, blob.size, blob.buffer, 0, ""});
        } else {
            store_chunk(blob, blob.buffer);  // the last chunk, never empty
            blob.sink.reset();
            if (!rows.insert_chunked_blob_if_absent({sha256, blob.size, {}, blob.chunks, blob.chunk_key})) {
                session << "ROLLBACK TO SAVEPOINT gradus_blob";  // the store has these bytes already
            }
            session << "RELEASE SAVEPOINT gradus_blob";
        }
        blob.buffer = std::string();
        rows.add_run_file({m_run_id, to_string(blob.direction), blob.role, blob.name, sha256});
    });
    m_open_writer = 0;
    return sha256;
}

}  // namespace gradus::store

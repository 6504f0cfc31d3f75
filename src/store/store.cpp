#include <gradus/store/store.hpp>

#include <gradus/core/byte_sink.hpp>
#include <gradus/core/errors.hpp>
#include <gradus/store/database_error.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/migrate.hpp>

#include <soci/soci.h>

#include <filesystem>
#include <system_error>

namespace gradus::store {

Store::Store(std::string_view url) {
    const DatabaseUrl location = parse_database_url(url);
    m_dialect = make_dialect(location.backend);
    if (location.backend == Backend::sqlite && location.connection != ":memory:") {
        // A new SQLite store may live in a folder that does not exist yet.
        const auto folder = std::filesystem::path(location.connection).parent_path();
        std::error_code ignored;
        if (!folder.empty()) std::filesystem::create_directories(folder, ignored);
    }
    database_call("cannot open the store", [&] {
        m_session = m_dialect->connect(location.connection);
        apply_migrations(*m_session, *m_dialect);
    });
}

Store::~Store() = default;

Backend Store::backend() const { return m_dialect->backend(); }

int Store::schema_version() {
    return database_call("cannot read the schema version", [&] { return applied_schema_version(*m_session); });
}

bool Store::read_blob(std::string_view sha256, ByteSink& sink) {
    return database_call("cannot read a blob", [&] {
        flush_file_rows();
        return m_dialect->read_blob(*m_session, std::string(sha256), sink);
    });
}

std::optional<BlobShape> Store::blob_shape(std::string_view sha256) {
    return database_call("cannot read a blob", [&] {
        flush_file_rows();
        return m_dialect->blob_shape(*m_session, std::string(sha256));
    });
}

void Store::read_blob_piece(std::string_view sha256, const BlobShape& shape, std::int64_t index, ByteSink& sink) {
    database_call("cannot read a blob", [&] {
        flush_file_rows();
        m_dialect->read_blob_piece(*m_session, std::string(sha256), shape, index, sink);
    });
}

std::optional<std::string> Store::get_blob(std::string_view sha256) {
    const auto shape = blob_shape(sha256);
    if (!shape) return std::nullopt;
    // Sized once from the recorded size: grown chunk by chunk, a 100 MB file took twice its size.
    StringSink sink;
    sink.reserve(static_cast<std::size_t>(shape->size));
    if (!read_blob(sha256, sink)) return std::nullopt;
    return sink.take();
}

bool Store::has_blob(std::string_view sha256) {
    return database_call("cannot look up a blob", [&] {
        flush_file_rows();
        const std::string key(sha256);
        int count = 0;
        *m_session << "SELECT COUNT(*) FROM blobs WHERE sha256 = :sha256", soci::use(key), soci::into(count);
        return count > 0;
    });
}

void Store::set_blob_chunk_size(std::size_t bytes) {
    if (bytes == 0) throw InternalError("a blob chunk cannot be empty");
    m_blob_chunk_size = bytes;
}

soci::session& Store::session() { return *m_session; }

void Store::flush_file_rows() {
    if (!m_file_rows) return;
    try {
        m_file_rows->flush();
    } catch (const std::exception& error) {
        m_file_rows.reset();
        if (m_file_rows_error.empty()) m_file_rows_error = error.what();
        throw;
    }
}

}  // namespace gradus::store

#include <gradus/core/errors.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/postgresql_native.hpp>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <array>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <vector>

namespace gradus::store {
namespace {

// The advisory lock that serialises schema migrations across connections ("gradus" + 1).
constexpr long long migration_lock_key = 0x6772616475730001;
// The advisory lock that serialises the run chain ("gradus" + 2).
constexpr long long run_chain_lock_key = 0x6772616475730002;

const char* binary_value(std::string_view bytes) { return bytes.empty() ? "" : bytes.data(); }

int binary_length(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw Error("postgresql: a value of " + std::to_string(bytes.size()) + " bytes is too large");
    }
    return static_cast<int>(bytes.size());
}

// A column of the first row.
std::string_view value(const PGresult* result, int column) {
    return {PQgetvalue(result, 0, column), static_cast<std::size_t>(PQgetlength(result, 0, column))};
}

// A query with text parameters and binary results.
PgResult read(PGconn* connection, const char* sql, std::initializer_list<const char*> values) {
    const std::vector<const char*> parameters(values);
    PgResult result(PQexecParams(connection, sql, static_cast<int>(parameters.size()), nullptr, parameters.data(),
                                 nullptr, nullptr, 1));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        throw Error("postgresql: cannot read a blob: " + postgresql_error(result.get(), connection));
    }
    return result;
}

// One INSERT per chunk, the bytes as a binary parameter.
class PostgresqlChunkSink final : public ChunkSink {
public:
    explicit PostgresqlChunkSink(PGconn* connection) : m_connection(connection) {}

    void add_chunk(const std::string& chunk_key, std::int64_t seq, std::string_view bytes) override {
        const std::string seq_text = std::to_string(seq);
        const std::array<const char*, 3> values = {chunk_key.c_str(), seq_text.c_str(), binary_value(bytes)};
        const std::array<int, 3> lengths = {0, 0, binary_length(bytes)};
        const std::array<int, 3> formats = {0, 0, 1};
        const PgResult result(PQexecParams(m_connection,
                                           "INSERT INTO blob_chunks (chunk_key, seq, bytes) VALUES ($1, $2, $3)", 3,
                                           nullptr, values.data(), lengths.data(), formats.data(), 0));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            throw Error("postgresql: cannot store a blob chunk: " + postgresql_error(result.get(), m_connection));
        }
    }

private:
    PGconn* m_connection;
};

// One parameterised INSERT per row: the server plans these small statements in microseconds.
class PostgresqlFileRows final : public FileRows {
public:
    explicit PostgresqlFileRows(PGconn* connection) : m_connection(connection) {}

    bool insert_blob_if_absent(const BlobRow& blob) override {
        const std::string size = std::to_string(blob.size), chunk_count = std::to_string(blob.chunk_count);
        const std::array<const char*, 5> values = {blob.sha256.c_str(), size.c_str(), binary_value(blob.bytes),
                                                   chunk_count.c_str(),
                                                   blob.chunk_key.empty() ? nullptr : blob.chunk_key.c_str()};
        const std::array<int, 5> lengths = {0, 0, binary_length(blob.bytes), 0, 0};
        const std::array<int, 5> formats = {0, 0, 1, 0, 0};
        const PgResult result(PQexecParams(m_connection,
                                           "INSERT INTO blobs (sha256, size, bytes, chunk_count, chunk_key)"
                                           " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING RETURNING 1",
                                           5, nullptr, values.data(), lengths.data(), formats.data(), 0));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
            throw Error("postgresql: cannot store a blob: " + postgresql_error(result.get(), m_connection));
        }
        return PQntuples(result.get()) == 1;
    }

    void insert_run_file(const RunFileRow& file) override {
        const std::string run_id = std::to_string(file.run_id);
        const std::string direction(file.direction), role(file.role), name(file.name), sha256(file.sha256);
        const std::array<const char*, 5> values = {run_id.c_str(), direction.c_str(), role.c_str(), name.c_str(),
                                                   sha256.c_str()};
        const PgResult result(PQexecParams(m_connection,
                                           "INSERT INTO run_files (run_id, direction, role, name, sha256)"
                                           " VALUES ($1, $2, $3, $4, $5)",
                                           5, nullptr, values.data(), nullptr, nullptr, 0));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            throw Error("postgresql: cannot record a run file: " + postgresql_error(result.get(), m_connection));
        }
    }

private:
    PGconn* m_connection;
};

class PostgresqlDialect final : public Dialect {
public:
    Backend backend() const override { return Backend::postgresql; }

    std::unique_ptr<soci::session> connect(const std::string& connection) const override {
        auto session = std::make_unique<soci::session>(*soci::factory_postgresql(), connection);
        *session << "SET client_encoding = 'UTF8'";
        *session << "SET client_min_messages = warning";
        return session;
    }

    void begin_writing(soci::session& session) const override { session.begin(); }

    void begin_schema_change(soci::session& session) const override {
        session.begin();
        const long long key = migration_lock_key;
        session << "SELECT pg_advisory_xact_lock(:key)", soci::use(key);
    }

    void lock_run_chain(soci::session& session) const override {
        const long long key = run_chain_lock_key;
        session << "SELECT pg_advisory_xact_lock(:key)", soci::use(key);
    }

    // The bytes travel as a binary parameter: no escaping, no hex doubling.
    std::unique_ptr<FileRows> open_file_rows(soci::session& session) const override {
        return std::make_unique<PostgresqlFileRows>(native_postgresql(session));
    }

    std::unique_ptr<ChunkSink> open_chunk_sink(soci::session& session) const override {
        return std::make_unique<PostgresqlChunkSink>(native_postgresql(session));
    }

    // One chunk per query, so that only one chunk at a time is in memory (a plain query result
    // holds all its rows).
    bool read_blob(soci::session& session, const std::string& sha256, ByteSink& sink) const override {
        PGconn* connection = native_postgresql(session);
        // In binary results a text column is its plain bytes.
        const PgResult head = read(connection, "SELECT chunk_count::text, chunk_key, bytes FROM blobs WHERE sha256 = $1",
                                   {sha256.c_str()});
        if (PQntuples(head.get()) == 0) return false;
        const std::int64_t chunk_count = std::stoll(PQgetvalue(head.get(), 0, 0));
        if (chunk_count == 0) {
            sink.write(value(head.get(), 2));
            return true;
        }
        const std::string chunk_key = PQgetvalue(head.get(), 0, 1);
        for (std::int64_t seq = 0; seq < chunk_count; ++seq) {
            const std::string seq_text = std::to_string(seq);
            const PgResult chunk = read(connection, "SELECT bytes FROM blob_chunks WHERE chunk_key = $1 AND seq = $2",
                                        {chunk_key.c_str(), seq_text.c_str()});
            if (PQntuples(chunk.get()) == 0) missing_chunk(sha256, seq, chunk_count);
            sink.write(value(chunk.get(), 0));
        }
        return true;
    }

    std::unique_ptr<BulkSink> open_bulk_sink(soci::session& session, const std::string& table,
                                             const std::vector<std::string>& columns) const override {
        return open_postgresql_copy_sink(native_postgresql(session), table, columns);
    }
};

}  // namespace

std::unique_ptr<Dialect> make_postgresql_dialect() { return std::make_unique<PostgresqlDialect>(); }

}  // namespace gradus::store

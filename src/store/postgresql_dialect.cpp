#include <gradus/core/errors.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/postgresql_native.hpp>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <array>
#include <limits>

namespace gradus::store {
namespace {

// The advisory lock that serialises schema migrations across connections ("gradus" + 1).
constexpr long long migration_lock_key = 0x6772616475730001;
// The advisory lock that serialises the run chain ("gradus" + 2).
constexpr long long run_chain_lock_key = 0x6772616475730002;

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
    void insert_blob_if_absent(soci::session& session, const std::string& sha256,
                               std::string_view bytes) const override {
        if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
            throw Error("postgresql: a blob of " + std::to_string(bytes.size()) + " bytes is too large");
        }
        const std::string size = std::to_string(bytes.size());
        const std::array<const char*, 3> values = {sha256.c_str(), size.c_str(),
                                                   bytes.empty() ? "" : bytes.data()};
        const std::array<int, 3> lengths = {0, 0, static_cast<int>(bytes.size())};
        const std::array<int, 3> formats = {0, 0, 1};
        PGconn* connection = native_postgresql(session);
        const PgResult result(PQexecParams(connection,
                                           "INSERT INTO blobs (sha256, size, bytes) VALUES ($1, $2, $3)"
                                           " ON CONFLICT (sha256) DO NOTHING",
                                           3, nullptr, values.data(), lengths.data(), formats.data(), 0));
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            throw Error("postgresql: cannot store a blob: " + postgresql_error(result.get(), connection));
        }
    }

    std::optional<std::string> read_blob(soci::session& session,
                                         const std::string& sha256) const override {
        const char* values[] = {sha256.c_str()};
        PGconn* connection = native_postgresql(session);
        const PgResult result(PQexecParams(connection, "SELECT bytes FROM blobs WHERE sha256 = $1", 1,
                                           nullptr, values, nullptr, nullptr, 1));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
            throw Error("postgresql: cannot read a blob: " + postgresql_error(result.get(), connection));
        }
        if (PQntuples(result.get()) == 0) return std::nullopt;
        return std::string(PQgetvalue(result.get(), 0, 0),
                           static_cast<std::size_t>(PQgetlength(result.get(), 0, 0)));
    }

    std::unique_ptr<BulkSink> open_bulk_sink(soci::session& session, const std::string& table,
                                             const std::vector<std::string>& columns) const override {
        return open_postgresql_copy_sink(native_postgresql(session), table, columns);
    }
};

}  // namespace

std::unique_ptr<Dialect> make_postgresql_dialect() { return std::make_unique<PostgresqlDialect>(); }

}  // namespace gradus::store

#pragma once

// libpq under the SOCI session. Internal to the store.
#include <gradus/store/dialect.hpp>

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace gradus::store {

PGconn* native_postgresql(soci::session& session);

struct PgResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// The server's message for a failed `result` (or, when null, the connection's last error).
std::string postgresql_error(const PGresult* result, PGconn* connection);

// Takes the connection into COPY ... FROM STDIN mode until the sink finishes or is destroyed.
std::unique_ptr<BulkSink> open_postgresql_copy_sink(PGconn* connection, const std::string& table,
                                                    const std::vector<std::string>& columns);

}  // namespace gradus::store

#include <gradus/store/postgresql_native.hpp>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

namespace gradus::store {

PGconn* native_postgresql(soci::session& session) {
    return static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_;
}

std::string postgresql_error(const PGresult* result, PGconn* connection) {
    std::string message = result != nullptr ? PQresultErrorMessage(result) : "";
    if (message.empty()) message = PQerrorMessage(connection);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

}  // namespace gradus::store

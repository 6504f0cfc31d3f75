#include "ledger_guard.hpp"

#include <gradus/store/database_error.hpp>

#include <soci/soci.h>

namespace gradus::store {

namespace {

constexpr const char* refusal = "service_events is append-only: record a correction as a new event";

void sqlite_guard(soci::session& session) {
    for (const char* operation : {"UPDATE", "DELETE"}) {
        session << std::string("CREATE TRIGGER IF NOT EXISTS service_events_no_") + operation + " BEFORE " + operation +
                       " ON service_events BEGIN SELECT RAISE(ABORT, '" + refusal + "'); END";
    }
}

void postgresql_guard(soci::session& session) {
    int present = 0;
    session << "SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = 'service_events'::regclass"
               " AND tgname IN ('service_events_no_change', 'service_events_no_truncate')",
        soci::into(present);
    if (present == 2) {
        return;
    }
    session << std::string("CREATE OR REPLACE FUNCTION service_events_append_only() RETURNS trigger"
                           " LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '") + refusal + "'; END $$";
    session << "CREATE OR REPLACE TRIGGER service_events_no_change BEFORE UPDATE OR DELETE ON service_events"
               " FOR EACH ROW EXECUTE FUNCTION service_events_append_only()";
    session << "CREATE OR REPLACE TRIGGER service_events_no_truncate BEFORE TRUNCATE ON service_events"
               " FOR EACH STATEMENT EXECUTE FUNCTION service_events_append_only()";
}

}  // namespace

void ensure_ledger_append_only(soci::session& session, Backend backend) {
    database_call("cannot protect the service ledger", [&] {
        if (backend == Backend::sqlite) {
            sqlite_guard(session);
        } else {
            postgresql_guard(session);
        }
    });
}

}  // namespace gradus::store

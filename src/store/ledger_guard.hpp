#pragma once

#include <gradus/store/database_url.hpp>

namespace soci {
class session;
}

namespace gradus::store {

// Makes service_events append-only in the database: triggers that refuse UPDATE and DELETE (and
// TRUNCATE on PostgreSQL), created when missing. The SQL differs by backend, so it lives here and
// not in the shared migrations. Internal to the store.
void ensure_ledger_append_only(soci::session& session, Backend backend);

}  // namespace gradus::store

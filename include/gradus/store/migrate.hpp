#pragma once

namespace soci {
class session;
}

namespace gradus::store {

class Dialect;

// Bring the schema up to the last of migrations(), all pending migrations in one transaction,
// recording each in schema_migrations. Throws Error when the database is newer than this
// program. Internal to the store.
void apply_migrations(soci::session& session, const Dialect& dialect);

// The highest applied migration (0 on an empty database).
int applied_schema_version(soci::session& session);

}  // namespace gradus::store

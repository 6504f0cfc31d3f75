#include <gradus/store/migrate.hpp>

#include <gradus/core/errors.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/migrations.hpp>

#include <soci/soci.h>

namespace gradus::store {
namespace {

void apply_pending(soci::session& session, const Dialect& dialect) {
    session << "CREATE TABLE IF NOT EXISTS schema_migrations ("
               " version INTEGER NOT NULL PRIMARY KEY,"
               " name TEXT NOT NULL)";
    const int known = static_cast<int>(migrations().size());
    const int applied = applied_schema_version(session);
    if (applied > known) {
        throw Error("the database schema is at version " + std::to_string(applied) +
                    ", newer than this gradus knows (" + std::to_string(known) + ")");
    }
    for (int version = applied + 1; version <= known; ++version) {
        const Migration& migration = migrations()[static_cast<std::size_t>(version - 1)];
        for (const std::string& statement : migration.statements) {
            const std::string rendered = render_statement(statement, dialect.backend());
            if (!rendered.empty()) session << rendered;
        }
        session << "INSERT INTO schema_migrations (version, name) VALUES (:version, :name)",
            soci::use(version), soci::use(migration.name);
    }
}

// True when every migration is applied: then opening the store writes nothing, so a read-only
// role (an auditor's) can open it. A missing table counts as not current.
bool schema_is_current(soci::session& session) {
    try {
        return applied_schema_version(session) == static_cast<int>(migrations().size());
    } catch (const soci::soci_error&) {
        return false;
    }
}

}  // namespace

void apply_migrations(soci::session& session, const Dialect& dialect) {
    if (schema_is_current(session)) return;
    dialect.begin_schema_change(session);
    try {
        apply_pending(session, dialect);
        session.commit();
    } catch (...) {
        try {
            session.rollback();
        } catch (const soci::soci_error&) {
            // The first error is the one worth reporting; the transaction is gone either way.
        }
        throw;
    }
}

int applied_schema_version(soci::session& session) {
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", soci::into(version);
    return version;
}

}  // namespace gradus::store

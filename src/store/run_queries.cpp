#include <gradus/store/store.hpp>

#include <gradus/store/database_error.hpp>

#include <soci/soci.h>

#include <algorithm>
#include <tuple>

namespace gradus::store {
namespace {

constexpr const char* run_columns =
    "SELECT id, kind, engine_version, reference_date, options, inputs_hash, outputs_hash,"
    " parent_run, started_at, finished_at, status, message FROM runs";

// The exchange buffers for one row of `runs`.
struct RunRow {
    long long id = 0;
    std::string kind, engine_version, reference_date, options, inputs_hash, outputs_hash;
    long long parent_run = 0;
    std::string started_at, finished_at, status, message;
    soci::indicator inputs_hash_null{}, outputs_hash_null{}, parent_run_null{}, finished_at_null{},
        message_null{};

    void bind(soci::statement& statement) {
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(kind));
        statement.exchange(soci::into(engine_version));
        statement.exchange(soci::into(reference_date));
        statement.exchange(soci::into(options));
        statement.exchange(soci::into(inputs_hash, inputs_hash_null));
        statement.exchange(soci::into(outputs_hash, outputs_hash_null));
        statement.exchange(soci::into(parent_run, parent_run_null));
        statement.exchange(soci::into(started_at));
        statement.exchange(soci::into(finished_at, finished_at_null));
        statement.exchange(soci::into(status));
        statement.exchange(soci::into(message, message_null));
    }

    RunRecord record() const {
        auto optional_text = [](const std::string& text, soci::indicator null) {
            return null == soci::i_null ? std::nullopt : std::optional<std::string>(text);
        };
        RunRecord run;
        run.id = id;
        run.kind = kind;
        run.engine_version = engine_version;
        run.reference_date = Date::parse_iso(reference_date);
        run.options = options;
        run.inputs_hash = optional_text(inputs_hash, inputs_hash_null);
        run.outputs_hash = optional_text(outputs_hash, outputs_hash_null);
        if (parent_run_null != soci::i_null) run.parent_run = parent_run;
        run.started_at = started_at;
        run.finished_at = optional_text(finished_at, finished_at_null);
        run.status = parse_run_status(status);
        run.message = optional_text(message, message_null);
        return run;
    }
};

std::vector<RunRecord> select_runs(soci::session& session, const std::optional<std::int64_t>& only_id) {
    RunRow row;
    long long id = only_id.value_or(0);
    soci::statement statement(session);
    row.bind(statement);
    std::string sql = run_columns;
    if (only_id) {
        sql += " WHERE id = :id";
        statement.exchange(soci::use(id));
    }
    sql += " ORDER BY id";
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    std::vector<RunRecord> runs;
    if (statement.execute(true)) {
        do {
            runs.push_back(row.record());
        } while (statement.fetch());
    }
    return runs;
}

}  // namespace

std::optional<RunRecord> Store::get_run(std::int64_t id) {
    return database_call("cannot read a run", [&]() -> std::optional<RunRecord> {
        std::vector<RunRecord> runs = select_runs(*m_session, id);
        if (runs.empty()) return std::nullopt;
        return std::move(runs.front());
    });
}

std::vector<RunRecord> Store::list_runs() {
    return database_call("cannot list the runs", [&] { return select_runs(*m_session, std::nullopt); });
}

std::vector<RunFile> Store::run_files(std::int64_t run_id) {
    return database_call("cannot read a run's files", [&] {
        flush_file_rows();
        const long long id = run_id;
        std::string direction, role, name, sha256;
        soci::statement statement = (m_session->prepare << "SELECT direction, role, name, sha256"
                                                           " FROM run_files WHERE run_id = :id",
                                     soci::use(id), soci::into(direction), soci::into(role),
                                     soci::into(name), soci::into(sha256));
        std::vector<RunFile> files;
        if (statement.execute(true)) {
            do {
                files.push_back({parse_file_direction(direction), role, name, sha256});
            } while (statement.fetch());
        }
        // Sorted here, bytewise, rather than by the database's collation, which differs.
        std::sort(files.begin(), files.end(), [](const RunFile& a, const RunFile& b) {
            return std::tie(a.direction, a.role, a.name) < std::tie(b.direction, b.role, b.name);
        });
        return files;
    });
}

}  // namespace gradus::store

#include <gradus/store/run_transaction.hpp>

#include <gradus/core/errors.hpp>
#include <gradus/core/sha256.hpp>
#include <gradus/store/database_error.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/run_chain.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

#include <exception>

namespace gradus::store {
namespace {

std::vector<RunFile> of_direction(std::vector<RunFile> files, FileDirection direction) {
    std::erase_if(files, [&](const RunFile& file) { return file.direction != direction; });
    return files;
}

}  // namespace

RunTransaction::RunTransaction(Store& store, const RunSpec& spec, std::string_view started_at)
    : m_store(store), m_uncaught_at_start(std::uncaught_exceptions()) {
    if (m_store.m_run_open) throw InternalError("a run is already open on this store");
    m_store.m_file_rows_error.clear();
    soci::session& session = *m_store.m_session;
    database_call("cannot start the run", [&] {
        std::string kind = spec.kind, engine_version = spec.engine_version, options = spec.options;
        std::string reference_date = spec.reference_date.to_iso(), started(started_at);
        long long parent_run = spec.parent_run.value_or(0);
        soci::indicator parent_run_null = spec.parent_run ? soci::i_ok : soci::i_null;
        long long id = 0;
        session << "INSERT INTO runs (kind, engine_version, reference_date, options, parent_run,"
                   " started_at, status)"
                   " VALUES (:kind, :engine_version, :reference_date, :options, :parent_run,"
                   " :started_at, 'running') RETURNING id",
            soci::use(kind), soci::use(engine_version), soci::use(reference_date), soci::use(options),
            soci::use(parent_run, parent_run_null), soci::use(started), soci::into(id);
        m_run_id = id;
    });
    try {
        database_call("cannot begin the run's transaction", [&] { m_store.m_dialect->begin_writing(session); });
    } catch (const std::exception& error) {
        try {
            mark_failed(error.what());
        } catch (const std::exception&) {
            // The error that stopped the run is the one to report.
        }
        throw;
    }
    m_store.m_run_open = true;
}

RunTransaction::~RunTransaction() {
    if (m_state == State::open) {
        try {
            mark_failed(abandon_message());
        } catch (const std::exception&) {
            // A destructor cannot report it: the run row stays 'running', the work is gone.
        }
    }
    m_store.m_run_open = false;
}

void RunTransaction::start_writeback() {
    ensure_open(0);
    guarded("cannot start writing the run to disk", [&] {
        m_store.flush_file_rows();
        m_writeback.reset();
        m_writeback = m_store.m_dialect->start_writeback(*m_store.m_session);
    });
}

void RunTransaction::commit(std::string_view finished_at) {
    ensure_open(0);
    guarded("cannot commit the run", [&] {
        m_writeback.reset();
        m_store.flush_file_rows();
        const std::vector<RunFile> files = m_store.run_files(m_run_id);
        std::string inputs_hash = files_hash(of_direction(files, FileDirection::in));
        std::string outputs_hash = files_hash(of_direction(files, FileDirection::out));
        std::string finished(finished_at);
        long long run_id = m_run_id;
        soci::session& session = *m_store.m_session;
        session << "UPDATE runs SET status = 'succeeded', inputs_hash = :inputs_hash,"
                   " outputs_hash = :outputs_hash, finished_at = :finished_at WHERE id = :id",
            soci::use(inputs_hash), soci::use(outputs_hash), soci::use(finished), soci::use(run_id);
        link_into_chain();
        m_store.m_file_rows.reset();
        session.commit();
        m_state = State::committed;
    });
}

void RunTransaction::fail(std::string_view message) {
    if (m_state != State::open) throw InternalError("run " + std::to_string(m_run_id) + " has already ended");
    mark_failed(message);
}

// The work was not committed, so rolling it back leaves the run row as it was inserted.
void RunTransaction::mark_failed(std::string_view message) {
    m_state = State::failed;
    m_writeback.reset();
    m_sink.reset();
    m_store.m_file_rows.reset();
    m_open_writer = 0;
    soci::session& session = *m_store.m_session;
    try {
        session.rollback();
    } catch (const soci::soci_error&) {
        // No transaction was open (it never began, or the database ended it after an error).
    }
    database_call("cannot record the run's failure", [&] {
        std::string text(message);
        long long run_id = m_run_id;
        session << "UPDATE runs SET status = 'failed', message = :message WHERE id = :id",
            soci::use(text), soci::use(run_id);
    });
}

// The run becomes the chain's newest link: its manifest names the previous link's manifest.
void RunTransaction::link_into_chain() {
    soci::session& session = *m_store.m_session;
    m_store.m_dialect->lock_run_chain(session);
    long long previous_sequence = 0;
    std::string previous_manifest(chain_genesis);
    soci::indicator found = soci::i_null;
    session << "SELECT chain_seq, manifest_hash FROM runs WHERE chain_seq = (SELECT MAX(chain_seq) FROM runs)",
        soci::into(previous_sequence, found), soci::into(previous_manifest);
    if (found != soci::i_ok) {
        previous_sequence = 0;
        previous_manifest = std::string(chain_genesis);
    }
    const auto record = m_store.get_run(m_run_id);
    if (!record) throw InternalError("run " + std::to_string(m_run_id) + " vanished before its commit");
    std::string tables;
    for (const auto& t : m_row_tables) tables += (tables.empty() ? "" : ";") + t;
    // The digests are not needed once hashed: sorted where they lie, not in a copy (32 MB at 1M rows).
    std::string rows = rows_hash(std::move(m_row_digests));
    long long sequence = previous_sequence + 1;
    std::string manifest = sha256_hex(manifest_text(*record, sequence, previous_manifest, rows, tables));
    long long run_id = m_run_id;
    session << "UPDATE runs SET chain_seq = :seq, previous_manifest = :previous, rows_hash = :rows,"
               " row_tables = :tables, manifest_hash = :manifest WHERE id = :id",
        soci::use(sequence), soci::use(previous_manifest), soci::use(rows), soci::use(tables), soci::use(manifest),
        soci::use(run_id);
}

bool RunTransaction::unwinding() const { return std::uncaught_exceptions() > m_uncaught_at_start; }

const std::string& RunTransaction::first_error() const {
    return m_first_error.empty() ? m_store.m_file_rows_error : m_first_error;
}

std::string RunTransaction::abandon_message() const {
    if (!first_error().empty()) return first_error();
    if (unwinding()) return "interrupted by an exception";
    return "abandoned without commit";
}

void RunTransaction::ensure_open(std::uint64_t writer) const {
    const std::string run = "run " + std::to_string(m_run_id);
    if (m_state != State::open) throw InternalError(run + " has already ended");
    if (!first_error().empty()) throw Error(run + " can only fail after this error: " + first_error());
    if (m_open_writer != writer) {
        throw InternalError(writer == 0 ? run + " still has a writer open"
                                        : "this writer of " + run + " is closed");
    }
}

void RunTransaction::guarded(std::string_view what, const std::function<void()>& work) {
    try {
        database_call(what, work);
    } catch (const std::exception& error) {
        if (m_first_error.empty()) m_first_error = error.what();
        throw;
    }
}

}  // namespace gradus::store

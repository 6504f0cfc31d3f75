#include "job_command.hpp"

#include "job_runner.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/store/job_runs.hpp"
#include "gradus/store/store.hpp"

#include <unistd.h>

#include <ctime>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

// The local calendar date, read once at the start of a job run: the only place gradus reads the
// clock for a reference date, and only for the rules `today` and `end-of-last-year`.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                          static_cast<unsigned>(local.tm_mday));
}

}  // namespace

void JobCommand::declare(po::options_description& options, po::positional_options_description& positional) {
    options.add_options()
        ("action", po::value(&m_action)->required(), "run, check (read and check the file only) or unlock (clear a stale lock)")
        ("job-file", po::value(&m_file)->required(), "the job file, e.g. jobs/notturno.job")
        ("today", po::value(&m_today_text), "the date to take as today, YYYY-MM-DD (default: the machine's local date, read once)")
        ("db", po::value(&m_db), "store to use instead of the job file's db");
    positional.add("action", 1).add("job-file", 1);
}

void JobCommand::validate(const po::variables_map&) {
    if (m_action != "run" && m_action != "check" && m_action != "unlock") {
        throw UsageError("the action must be run, check or unlock, not '" + m_action + "'");
    }
    if (!m_today_text.empty()) {
        m_today = Date::try_parse_iso(m_today_text);
        if (!m_today) throw UsageError("--today must be a date YYYY-MM-DD, not '" + m_today_text + "'");
    }
    if (!m_db.empty() && m_db.rfind("sqlite:", 0) != 0 && m_db.rfind("postgresql://", 0) != 0) {
        throw UsageError("--db must be sqlite:PATH or postgresql://CONNINFO, not '" + m_db + "'");
    }
}

int JobCommand::run(std::ostream& out, std::ostream& err) {
    const CheckedJob job = check_job(m_file, m_db);
    if (m_action == "check") {
        out << m_file << ": job " << job.spec.name << ", " << job.spec.steps.size() << " steps, db " << job.spec.db
            << ": ok\n";
        m_result.count("steps", static_cast<std::int64_t>(job.spec.steps.size()));
        return exit_ok;
    }
    if (m_action == "unlock") {
        store::Store db(job.spec.db);
        const auto holder = store::job_lock_holder(db, job.spec.name);
        if (!holder) {
            out << "job " << job.spec.name << " is not locked\n";
            return exit_ok;
        }
        store::clear_job_lock(db, job.spec.name);
        out << "cleared the lock of job " << job.spec.name << " held by process " << holder->pid << " on "
            << holder->host << " since " << holder->started_at << "\n";
        log().warning("cleared the lock held by " + holder->holder, {job.spec.name, std::nullopt, "", std::nullopt});
        return exit_ok;
    }
    JobRunSettings settings{m_today.value_or(local_today()), ::isatty(STDERR_FILENO) == 1};
    return run_job(job, settings, out, err, log(), m_result);
}

}  // namespace gradus::cli

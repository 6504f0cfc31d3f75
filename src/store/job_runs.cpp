#include <gradus/store/job_runs.hpp>

#include <gradus/store/database_error.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

#include <cerrno>
#include <csignal>

namespace gradus::store {
namespace {

bool process_alive(std::int64_t pid) {
    if (pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

const char* to_text(JobRunStatus status) {
    switch (status) {
    case JobRunStatus::running: return "running";
    case JobRunStatus::succeeded: return "succeeded";
    case JobRunStatus::failed: return "failed";
    }
    return "failed";
}

}  // namespace

std::optional<JobLockHolder> job_lock_holder(Store& store, std::string_view job) {
    return database_call("cannot read the job lock", [&]() -> std::optional<JobLockHolder> {
        const std::string name(job);
        JobLockHolder h;
        long long pid = 0;
        soci::indicator found = soci::i_null;
        store.session() << "SELECT holder, host, pid, started_at FROM job_locks WHERE job = :job", soci::use(name),
            soci::into(h.holder, found), soci::into(h.host), soci::into(pid), soci::into(h.started_at);
        if (!store.session().got_data()) return std::nullopt;
        h.pid = pid;
        return h;
    });
}

bool clear_job_lock(Store& store, std::string_view job) {
    const bool present = job_lock_holder(store, job).has_value();
    const std::string name(job);
    database_call("cannot clear the job lock", [&] { store.session() << "DELETE FROM job_locks WHERE job = :job", soci::use(name); });
    return present;
}

JobLock::JobLock(Store& store, std::string job, std::string host, std::int64_t pid, std::string started_at)
    : m_store(store), m_job(std::move(job)) {
    m_holder = host + ":" + std::to_string(pid) + ":" + started_at;
    const long long our_pid = pid;
    const auto try_insert = [&] {
        database_call("cannot take the job lock", [&] {
            store.session() << "INSERT INTO job_locks (job, holder, host, pid, started_at)"
                               " VALUES (:job, :holder, :host, :pid, :started_at) ON CONFLICT (job) DO NOTHING",
                soci::use(m_job), soci::use(m_holder), soci::use(host), soci::use(our_pid), soci::use(started_at);
        });
        return job_lock_holder(store, m_job);
    };
    auto current = try_insert();
    if (current && current->holder != m_holder && current->host == host && !process_alive(current->pid)) {
        // Killed on this machine: its row is stale. Delete exactly that row, then try again.
        database_call("cannot clear a stale job lock", [&] {
            store.session() << "DELETE FROM job_locks WHERE job = :job AND holder = :holder", soci::use(m_job),
                soci::use(current->holder);
        });
        m_cleared = current;
        current = try_insert();
    }
    if (!current || current->holder != m_holder) {
        const JobLockHolder h = current.value_or(JobLockHolder{});
        throw JobBusyError("job '" + m_job + "' is already running: started " + h.started_at + " on " + h.host +
                           " by process " + std::to_string(h.pid) +
                           ". If that process is gone (a crash, a machine switched off), clear the lock with "
                           "'gradus job unlock JOBFILE' and run the job again");
    }
}

JobLock::~JobLock() {
    try {
        m_store.session() << "DELETE FROM job_locks WHERE job = :job AND holder = :holder", soci::use(m_job),
            soci::use(m_holder);
    } catch (...) {
        // The lock stays; the next run on this host finds its process gone and clears it.
    }
}

std::int64_t start_job_run(Store& store, std::string_view job, std::string_view job_file_sha256,
                           std::string_view today, std::string_view started_at) {
    const std::string j(job), sha(job_file_sha256), t(today), s(started_at);
    long long id = 0;
    database_call("cannot record the job run", [&] {
        store.session() << "INSERT INTO job_runs (job, job_file_sha256, today, status, started_at)"
                           " VALUES (:job, :sha, :today, 'running', :started) RETURNING id",
            soci::use(j), soci::use(sha), soci::use(t), soci::use(s), soci::into(id);
    });
    return id;
}

std::optional<JobRunRecord> interrupted_job_run(Store& store, std::string_view job) {
    return database_call("cannot read the job runs", [&]() -> std::optional<JobRunRecord> {
        const std::string j(job);
        long long id = 0;
        JobRunRecord r;
        std::string status;
        store.session() << "SELECT id, job_file_sha256, today, status FROM job_runs WHERE job = :job"
                           " ORDER BY id DESC LIMIT 1",
            soci::use(j), soci::into(id), soci::into(r.job_file_sha256), soci::into(r.today), soci::into(status);
        if (!store.session().got_data() || status != "running") return std::nullopt;
        r.id = id;
        r.job = j;
        return r;
    });
}

void finish_job_run(Store& store, std::int64_t job_run, JobRunStatus status, std::string_view finished_at) {
    const long long id = job_run;
    const std::string s = to_text(status), f(finished_at);
    database_call("cannot record the end of the job run", [&] {
        store.session() << "UPDATE job_runs SET status = :status, finished_at = :finished WHERE id = :id", soci::use(s),
            soci::use(f), soci::use(id);
    });
}

void record_job_step(Store& store, std::int64_t job_run, int position, const JobStepRecord& step,
                     std::string_view finished_at) {
    const long long id = job_run;
    long long run = step.run_id.value_or(0);
    soci::indicator run_null = step.run_id ? soci::i_ok : soci::i_null;
    const int code = step.exit_code;
    long long elapsed = step.elapsed_ms;
    const std::string f(finished_at);
    database_call("cannot record the job step", [&] {
        store.session() << "INSERT INTO job_steps (job_run_id, step, position, status, exit_code, run_id, elapsed_ms,"
                           " finished_at) VALUES (:job_run, :step, :position, :status, :code, :run, :elapsed, :finished)",
            soci::use(id), soci::use(step.step), soci::use(position), soci::use(step.status), soci::use(code),
            soci::use(run, run_null), soci::use(elapsed), soci::use(f);
    });
}

std::vector<JobStepRecord> job_steps(Store& store, std::int64_t job_run) {
    return database_call("cannot read the job steps", [&] {
        long long id = job_run;
        std::string step, status;
        int code = 0;
        long long run = 0, elapsed = 0;
        soci::indicator run_null = soci::i_null;
        soci::statement rows = (store.session().prepare << "SELECT step, status, exit_code, run_id, elapsed_ms"
                                                           " FROM job_steps WHERE job_run_id = :id ORDER BY position",
                                soci::use(id), soci::into(step), soci::into(status), soci::into(code),
                                soci::into(run, run_null), soci::into(elapsed));
        rows.execute();
        std::vector<JobStepRecord> steps;
        while (rows.fetch()) {
            JobStepRecord s{step, status, code, std::nullopt, elapsed};
            if (run_null == soci::i_ok) s.run_id = run;
            steps.push_back(std::move(s));
        }
        return steps;
    });
}

std::optional<std::int64_t> last_step_elapsed_ms(Store& store, std::string_view job, std::string_view step) {
    return database_call("cannot read the job steps", [&]() -> std::optional<std::int64_t> {
        const std::string j(job), s(step);
        long long elapsed = 0;
        store.session() << "SELECT s.elapsed_ms FROM job_steps s JOIN job_runs r ON r.id = s.job_run_id"
                           " WHERE r.job = :job AND s.step = :step AND s.status = 'done'"
                           " ORDER BY s.job_run_id DESC LIMIT 1",
            soci::use(j), soci::use(s), soci::into(elapsed);
        if (!store.session().got_data()) return std::nullopt;
        return elapsed;
    });
}

}  // namespace gradus::store

#pragma once

#include <gradus/core/errors.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

class Store;

// Another process holds the job's lock; the message names it and says how to clear a stale lock.
class JobBusyError : public Error {
public:
    using Error::Error;
};

// Who holds a job's lock: a row of job_locks.
struct JobLockHolder {
    std::string holder;  // user@host:pid:started_at, unique per process
    std::string host;
    std::int64_t pid = 0;
    std::string started_at;
};

// The lock that keeps two runs of one job apart, on every machine sharing the store: a row per
// job in job_locks, taken with one INSERT (the primary key decides between two takers).
// A process killed while holding it leaves the row behind; take() clears such a stale row
// itself when the holder ran on this host and its pid is gone, and otherwise names the holder
// so that a person can check it and clear the row (`gradus job unlock`).
class JobLock {
public:
    // Takes the lock or throws JobBusyError naming who holds it. `started_at`: ISO 8601.
    JobLock(Store& store, std::string job, std::string host, std::int64_t pid, std::string started_at);
    ~JobLock();  // releases
    JobLock(const JobLock&) = delete;
    JobLock& operator=(const JobLock&) = delete;

    // Whether a stale row (same host, dead pid) was cleared to take the lock.
    const std::optional<JobLockHolder>& cleared_stale() const { return m_cleared; }

private:
    Store& m_store;
    std::string m_job;
    std::string m_holder;
    std::optional<JobLockHolder> m_cleared;
};

std::optional<JobLockHolder> job_lock_holder(Store& store, std::string_view job);
// Removes the lock row of `job` whoever holds it; returns whether there was one.
bool clear_job_lock(Store& store, std::string_view job);

enum class JobRunStatus { running, succeeded, failed };

struct JobRunRecord {
    std::int64_t id = 0;
    std::string job;
    std::string job_file_sha256;
    std::string today;  // the date read once when the job run started, YYYY-MM-DD
    JobRunStatus status = JobRunStatus::running;
};

struct JobStepRecord {
    std::string step;
    std::string status;  // done, skipped
    int exit_code = 0;
    std::optional<std::int64_t> run_id;
    std::int64_t elapsed_ms = 0;  // how long the step ran (0 for a skipped one)
};

// The job runs and their steps (job_runs, job_steps): what lets an interrupted job resume.
std::int64_t start_job_run(Store& store, std::string_view job, std::string_view job_file_sha256,
                           std::string_view today, std::string_view started_at);
// The job's newest run if it is still 'running', i.e. it was interrupted (call while holding the lock).
std::optional<JobRunRecord> interrupted_job_run(Store& store, std::string_view job);
void finish_job_run(Store& store, std::int64_t job_run, JobRunStatus status, std::string_view finished_at);
void record_job_step(Store& store, std::int64_t job_run, int position, const JobStepRecord& step,
                     std::string_view finished_at);
std::vector<JobStepRecord> job_steps(Store& store, std::int64_t job_run);
// How long `step` of `job` ran the last time it was done, to tell how long it may take now.
std::optional<std::int64_t> last_step_elapsed_ms(Store& store, std::string_view job, std::string_view step);

}  // namespace gradus::store

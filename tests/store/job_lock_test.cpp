// The job lock and the job runs, on both backends: one holder at a time across processes and
// machines, a stale lock of a dead process cleared on its own host only.

#include "test_database.hpp"

#include <gradus/store/job_runs.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

#include <unistd.h>

#include <memory>

using namespace gradus::store;

namespace {

// A pid that no process has: beyond the kernel's pid_max (4194304 at most).
constexpr std::int64_t dead_pid = 99999999;

// The row a process left behind when it was killed holding the lock.
void leave_lock(Store& store, std::string holder, std::string host) {
    long long pid = dead_pid;
    store.session() << "INSERT INTO job_locks (job, holder, host, pid, started_at)"
                       " VALUES ('notturno', :holder, :host, :pid, '2026-04-01T02:00:00Z')",
        soci::use(holder), soci::use(host), soci::use(pid);
}

}  // namespace

TEST_CASE("A second taker of a job's lock is refused with who holds it, until the first releases") {
    const std::string url = test::fresh_database_url();
    Store first(url);
    Store second(url);  // another connection, as another process would have
    {
        JobLock held(first, "notturno", "cpi-bo-01", ::getpid(), "2026-04-01T02:00:00Z");
        const std::string message = test::error_message([&] {
            JobLock again(second, "notturno", "cpi-bo-02", 4242, "2026-04-01T02:00:05Z");
        });
        CHECK(message == "job 'notturno' is already running: started 2026-04-01T02:00:00Z on cpi-bo-01 by process " +
                             std::to_string(::getpid()) +
                             ". If that process is gone (a crash, a machine switched off), clear the lock with "
                             "'gradus job unlock JOBFILE' and run the job again");
        // Another job is not held up.
        JobLock other(second, "mattino", "cpi-bo-02", 4242, "2026-04-01T02:00:05Z");
        CHECK(job_lock_holder(second, "notturno")->host == "cpi-bo-01");
    }
    CHECK_FALSE(job_lock_holder(second, "notturno"));
    JobLock now_free(second, "notturno", "cpi-bo-02", 4242, "2026-04-01T03:00:00Z");
    CHECK_FALSE(now_free.cleared_stale());
}

TEST_CASE("A stale lock of a dead process is cleared on its own host, kept for another host") {
    Store store(test::fresh_database_url());
    std::string host(256, '\0');
    ::gethostname(host.data(), host.size() - 1);
    host.resize(host.find('\0'));
    leave_lock(store, "x", host);
    {
        JobLock taken(store, "notturno", host, ::getpid(), "2026-04-01T08:00:00Z");
        REQUIRE(taken.cleared_stale());
        CHECK(taken.cleared_stale()->pid == dead_pid);
    }
    leave_lock(store, "y", "another-machine");
    CHECK_THROWS_AS(JobLock(store, "notturno", host, ::getpid(), "2026-04-01T08:00:00Z"), JobBusyError);
    CHECK(clear_job_lock(store, "notturno"));
    CHECK_FALSE(clear_job_lock(store, "notturno"));
    JobLock after_unlock(store, "notturno", host, ::getpid(), "2026-04-01T08:01:00Z");
}

TEST_CASE("An interrupted job run is found again with its steps and its date") {
    Store store(test::fresh_database_url());
    CHECK_FALSE(interrupted_job_run(store, "notturno"));
    const auto first = start_job_run(store, "notturno", std::string(64, 'a'), "2026-04-01", "2026-04-01T02:00:00Z");
    finish_job_run(store, first, JobRunStatus::succeeded, "2026-04-01T02:01:00Z");
    CHECK_FALSE(interrupted_job_run(store, "notturno"));

    const auto second = start_job_run(store, "notturno", std::string(64, 'a'), "2026-04-02", "2026-04-02T02:00:00Z");
    record_job_step(store, second, 0, {"store", "done", 0, std::nullopt, 1200}, "2026-04-02T02:00:01Z");
    record_job_step(store, second, 1, {"intake", "skipped", 0, std::nullopt, 0}, "2026-04-02T02:00:02Z");
    const auto found = interrupted_job_run(store, "notturno");
    REQUIRE(found);
    CHECK(found->id == second);
    CHECK(found->today == "2026-04-02");
    CHECK(found->job_file_sha256 == std::string(64, 'a'));
    const auto steps = job_steps(store, second);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].step == "store");
    CHECK(steps[1].status == "skipped");
    CHECK_FALSE(steps[0].run_id);
    CHECK(steps[0].elapsed_ms == 1200);
    CHECK_FALSE(interrupted_job_run(store, "mattino"));
}

TEST_CASE("The last time a step was done tells how long it may take") {
    Store store(test::fresh_database_url());
    CHECK_FALSE(last_step_elapsed_ms(store, "notturno", "obblighi"));
    const auto first = start_job_run(store, "notturno", std::string(64, 'a'), "2026-04-01", "2026-04-01T02:00:00Z");
    record_job_step(store, first, 0, {"obblighi", "done", 1, std::nullopt, 52000}, "2026-04-01T02:01:00Z");
    const auto second = start_job_run(store, "notturno", std::string(64, 'a'), "2026-04-02", "2026-04-02T02:00:00Z");
    record_job_step(store, second, 0, {"obblighi", "done", 0, std::nullopt, 61000}, "2026-04-02T02:01:00Z");
    const auto third = start_job_run(store, "notturno", std::string(64, 'a'), "2026-04-03", "2026-04-03T02:00:00Z");
    record_job_step(store, third, 0, {"obblighi", "skipped", 0, std::nullopt, 0}, "2026-04-03T02:00:01Z");
    CHECK(last_step_elapsed_ms(store, "notturno", "obblighi") == 61000);  // the newest done, not the skipped one
    CHECK_FALSE(last_step_elapsed_ms(store, "mattino", "obblighi"));
}

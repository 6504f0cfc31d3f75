#pragma once

#include "gradus/cli/json_log.hpp"
#include "gradus/cli/run_summary.hpp"
#include "gradus/core/date.hpp"
#include "gradus/jobs/job_file.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace gradus::cli {

// A job file read and checked: every step's command exists and accepts its options.
struct CheckedJob {
    std::filesystem::path file;
    std::string sha256;  // of the job file's bytes
    jobs::JobSpec spec;
};

// Reads and checks `file` before anything runs; throws ConfigError "FILE:LINE: ..." naming the
// line of the setting or step at fault. `db` overrides the file's database when not empty.
CheckedJob check_job(const std::filesystem::path& file, const std::string& db);

struct JobRunSettings {
    Date today;             // read once by the caller; the steps only ever see it as a value
    bool progress_on_terminal = false;  // redraw a progress line on `err` while a step runs
};

// Runs the job's steps in order under the job's lock in the store, resuming an interrupted run
// of the same job. Returns the exit status (the worst of the steps'); fills `summary` with the
// job run's id, the step counts and every step's outputs.
int run_job(const CheckedJob& job, const JobRunSettings& settings, std::ostream& out, std::ostream& err,
            JsonLog& log, RunSummary& summary);

}  // namespace gradus::cli

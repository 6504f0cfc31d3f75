#pragma once

#include "gradus/app/progress.hpp"
#include "gradus/cli/run_summary.hpp"

#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace gradus::cli {

// "12.3 s"
std::string seconds_text(std::chrono::steady_clock::duration d);
// "300 records_read, 287 ranked, 2 rejected" from the counts a command reported.
std::string counts_text(const RunSummary& r);
// ", about 40 s left" or ", longer than the last run (52.0 s)"
std::string time_left_text(std::chrono::steady_clock::duration elapsed, std::chrono::milliseconds last_time);
// ", 1500 records/s" when the command counted what it read; empty otherwise.
std::string rate_text(const RunSummary& r, std::chrono::steady_clock::duration elapsed);

// ", 2 files read, 120000 records, 35000 records/s" from what a running command has read so
// far; empty before it has finished reading one file.
std::string progress_text(const app::Progress& progress, std::chrono::steady_clock::duration elapsed);

// On a terminal, redraws "[3/7] obblighi: gradus obblighi on 39 files, 12.0 s, 20 files read, ...,
// about 40 s left" twice a second while a step runs, and clears it when the step ends (its result
// line replaces it). `last_time`: how long the step took the last time it was done, when known;
// `progress`: what the step's command has read so far.
class StepTicker {
public:
    StepTicker(bool enabled, std::ostream& err, std::string text,
               std::optional<std::chrono::milliseconds> last_time, const app::Progress& progress);
    ~StepTicker();
    StepTicker(const StepTicker&) = delete;
    StepTicker& operator=(const StepTicker&) = delete;

private:
    std::ostream& m_err;
    std::mutex m_mutex;
    std::condition_variable m_stop;
    bool m_done = false;
    std::thread m_thread;
};

}  // namespace gradus::cli

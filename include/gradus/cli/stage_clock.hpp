#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::cli {

// Wall-clock seconds per stage of one command, the process's peak resident memory when each stage
// ended and the CPU seconds each stage used, for --timings (bench/run.sh reads them). Each mark
// closes the stage that began at the previous mark (or at construction).
class StageClock {
public:
    StageClock();
    void mark(std::string_view stage);
    // "timings: read=0.120 parse=3.402 ... total=5.001" (seconds, three decimals), then on a second
    // line "peak_mb: read=14 parse=812 ..." (the peak so far when the stage ended, in MB), then
    // "cpu_s: read=0.110 parse=6.640 ... total=9.800" (user and system seconds of every thread: a
    // stage that kept two cores busy shows twice its wall time)
    std::string text() const;

private:
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    double m_cpu_start = 0;
    double m_cpu_last = 0;
    struct Stage {
        std::string name;
        double seconds = 0;
        long peak_mb = 0;
        double cpu_seconds = 0;
    };
    std::vector<Stage> m_stages;
};

}  // namespace gradus::cli

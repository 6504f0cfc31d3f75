#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::cli {

// Wall-clock seconds per stage of one command, and the process's peak resident memory when each
// stage ended, for --timings (bench/run.sh reads them). Each mark closes the stage that began at the
// previous mark (or at construction).
class StageClock {
public:
    StageClock();
    void mark(std::string_view stage);
    // "timings: read=0.120 parse=3.402 ... total=5.001" (seconds, three decimals), then on a second
    // line "peak_mb: read=14 parse=812 ..." (the peak so far when the stage ended, in MB)
    std::string text() const;

private:
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    struct Stage {
        std::string name;
        double seconds = 0;
        long peak_mb = 0;
    };
    std::vector<Stage> m_stages;
};

}  // namespace gradus::cli

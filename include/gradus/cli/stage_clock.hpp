#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::cli {

// Wall-clock seconds per stage of one command, for --timings (bench/run.sh reads them). Each mark
// closes the stage that began at the previous mark (or at construction).
class StageClock {
public:
    StageClock();
    void mark(std::string_view stage);
    // "timings: read=0.120 parse=3.402 ... total=5.001" (seconds, three decimals)
    std::string text() const;

private:
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    std::vector<std::pair<std::string, double>> m_stages;
};

}  // namespace gradus::cli

#include "gradus/cli/stage_clock.hpp"

#include <sys/resource.h>

#include <cstdio>

namespace gradus::cli {
namespace {

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", s);
    return text;
}

// Linux reports ru_maxrss in KiB.
long peak_resident_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

StageClock::StageClock() : m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void StageClock::mark(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    m_stages.push_back({std::string(stage), std::chrono::duration<double>(now - m_last).count(), peak_resident_mb()});
    m_last = now;
}

std::string StageClock::text() const {
    std::string out = "timings:";
    std::string peaks = "peak_mb:";
    for (const auto& stage : m_stages) {
        out += " " + stage.name + "=" + seconds(stage.seconds);
        peaks += " " + stage.name + "=" + std::to_string(stage.peak_mb);
    }
    return out + " total=" + seconds(std::chrono::duration<double>(m_last - m_start).count()) + "\n" + peaks;
}

}  // namespace gradus::cli

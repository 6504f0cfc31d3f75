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

double process_cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

StageClock::StageClock()
    : m_start(std::chrono::steady_clock::now()), m_last(m_start), m_cpu_start(process_cpu_seconds()),
      m_cpu_last(m_cpu_start) {}

void StageClock::mark(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    const double cpu = process_cpu_seconds();
    m_stages.push_back({std::string(stage), std::chrono::duration<double>(now - m_last).count(), peak_resident_mb(),
                        cpu - m_cpu_last});
    m_last = now;
    m_cpu_last = cpu;
}

std::string StageClock::text() const {
    std::string out = "timings:";
    std::string peaks = "peak_mb:";
    std::string cpu = "cpu_s:";
    for (const auto& stage : m_stages) {
        out += " " + stage.name + "=" + seconds(stage.seconds);
        peaks += " " + stage.name + "=" + std::to_string(stage.peak_mb);
        cpu += " " + stage.name + "=" + seconds(stage.cpu_seconds);
    }
    return out + " total=" + seconds(std::chrono::duration<double>(m_last - m_start).count()) + "\n" + peaks + "\n" +
           cpu + " total=" + seconds(m_cpu_last - m_cpu_start);
}

}  // namespace gradus::cli

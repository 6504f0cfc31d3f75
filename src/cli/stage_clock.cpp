#include "gradus/cli/stage_clock.hpp"

#include <cstdio>

namespace gradus::cli {
namespace {

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", s);
    return text;
}

}  // namespace

StageClock::StageClock() : m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void StageClock::mark(std::string_view stage) {
    const auto now = std::chrono::steady_clock::now();
    m_stages.emplace_back(std::string(stage), std::chrono::duration<double>(now - m_last).count());
    m_last = now;
}

std::string StageClock::text() const {
    std::string out = "timings:";
    for (const auto& [stage, s] : m_stages) {
        out += " " + stage + "=" + seconds(s);
    }
    return out + " total=" + seconds(std::chrono::duration<double>(m_last - m_start).count());
}

}  // namespace gradus::cli

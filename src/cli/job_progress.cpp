#include "job_progress.hpp"

#include <cstdio>
#include <ostream>
#include <utility>

namespace gradus::cli {

std::string seconds_text(std::chrono::steady_clock::duration d) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    char text[32];
    std::snprintf(text, sizeof text, "%lld.%01lld s", static_cast<long long>(ms / 1000),
                  static_cast<long long>(ms % 1000 / 100));
    return text;
}

std::string counts_text(const RunSummary& r) {
    std::string text;
    for (const auto& [name, value] : r.counts) text += (text.empty() ? "" : ", ") + std::to_string(value) + " " + name;
    return text;
}

std::string rate_text(const RunSummary& r, std::chrono::steady_clock::duration elapsed) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    for (const auto& [name, unit] : {std::pair<const char*, const char*>{"records_read", "records"}, {"files_read", "files"}}) {
        if (const auto n = r.count_of(name); n && ms > 0) return ", " + std::to_string(*n * 1000 / ms) + " " + unit + "/s";
    }
    return "";
}

std::string time_left_text(std::chrono::steady_clock::duration elapsed, std::chrono::milliseconds last_time) {
    if (elapsed >= last_time) return ", longer than the last run (" + seconds_text(last_time) + ")";
    const auto left_ms = std::chrono::duration_cast<std::chrono::milliseconds>(last_time - elapsed).count();
    const auto left = (left_ms + 999) / 1000;  // rounded up: "1 s left" until the time is up
    return ", about " + std::to_string(left) + " s left";
}

std::string progress_text(const app::Progress& progress, std::chrono::steady_clock::duration elapsed) {
    const std::int64_t files = progress.files();
    if (files == 0) return {};
    const std::int64_t records = progress.records();
    std::string text = ", " + std::to_string(files) + (files == 1 ? " file read, " : " files read, ") +
                       std::to_string(records) + " records";
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    if (ms > 0) text += ", " + std::to_string(records * 1000 / ms) + " records/s";
    return text;
}

StepTicker::StepTicker(bool enabled, std::ostream& err, std::string text,
                       std::optional<std::chrono::milliseconds> last_time, const app::Progress& progress)
    : m_err(err) {
    if (!enabled) return;
    m_thread = std::thread([this, text = std::move(text), last_time, &progress] {
        const auto started = std::chrono::steady_clock::now();
        std::unique_lock lock(m_mutex);
        do {
            const auto elapsed = std::chrono::steady_clock::now() - started;
            m_err << "\r\033[K" << text << ", " << seconds_text(elapsed) << progress_text(progress, elapsed)
                  << (last_time ? time_left_text(elapsed, *last_time) : std::string()) << std::flush;
        } while (!m_stop.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_done; }));
        m_err << "\r\033[K" << std::flush;
    });
}

StepTicker::~StepTicker() {
    if (!m_thread.joinable()) return;
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_stop.notify_one();
    m_thread.join();
}

}  // namespace gradus::cli

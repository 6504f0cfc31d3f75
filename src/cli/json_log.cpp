#include "gradus/cli/json_log.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/cli/run_summary.hpp"
#include "gradus/core/errors.hpp"

namespace gradus::cli {

void JsonLog::open(const std::filesystem::path& file, std::string command) {
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
    m_out.open(file, std::ios::app | std::ios::binary);
    if (!m_out) throw Error(file.string() + ": cannot open the log for appending");
    m_command = std::move(command);
}

void JsonLog::write(const char* level, const std::string& message, const Context& context) {
    if (!m_out.is_open()) return;
    std::string line = "{\"time\":" + json_string(utc_timestamp_now()) + ",\"level\":\"" + level +
                       "\",\"command\":" + json_string(m_command);
    if (!context.job.empty()) line += ",\"job\":" + json_string(context.job);
    if (context.job_run) line += ",\"job_run\":" + std::to_string(*context.job_run);
    if (!context.step.empty()) line += ",\"step\":" + json_string(context.step);
    if (context.run_id) line += ",\"run_id\":" + std::to_string(*context.run_id);
    line += ",\"message\":" + json_string(message) + "}\n";
    m_out << line << std::flush;
}

}  // namespace gradus::cli

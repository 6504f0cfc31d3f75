#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace gradus::cli {

// Structured log (`--log FILE`): one JSON object per line, appended and flushed at once:
// {"time":..., "level":..., "command":..., "job":..., "job_run":..., "step":..., "run_id":..., "message":...}
// A log that was not opened writes nothing.
class JsonLog {
public:
    struct Context {
        std::string job;
        std::optional<std::int64_t> job_run;
        std::string step;
        std::optional<std::int64_t> run_id;
    };

    JsonLog() = default;
    // Throws Error naming the file when it cannot be opened for appending.
    void open(const std::filesystem::path& file, std::string command);
    bool is_open() const { return m_out.is_open(); }

    void info(const std::string& message, const Context& context = {}) { write("info", message, context); }
    void warning(const std::string& message, const Context& context = {}) { write("warning", message, context); }
    void error(const std::string& message, const Context& context = {}) { write("error", message, context); }

private:
    void write(const char* level, const std::string& message, const Context& context);

    std::ofstream m_out;
    std::string m_command;
};

}  // namespace gradus::cli

#include "gradus/cli/run_summary.hpp"

#include <cstdio>

namespace gradus::cli {

std::optional<std::int64_t> RunSummary::count_of(const std::string& name) const {
    for (const auto& [key, value] : counts) {
        if (key == name) return value;
    }
    return std::nullopt;
}

std::string json_string(const std::string& text) {
    std::string json = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"') json += "\\\"";
        else if (c == '\\') json += "\\\\";
        else if (c == '\n') json += "\\n";
        else if (c == '\t') json += "\\t";
        else if (c == '\r') json += "\\r";
        else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            json += escaped;
        } else {
            json += c;
        }
    }
    return json + "\"";
}

std::string RunSummary::to_json() const {
    std::string json = "{\"command\":" + json_string(command) + ",\"exit_status\":" + std::to_string(exit_status) +
                       ",\"completed\":" + (completed ? "true" : "false") + ",\"run_id\":" + (run_id ? std::to_string(*run_id) : "null") + ",\"counts\":{";
    for (std::size_t i = 0; i < counts.size(); ++i) {
        json += (i ? "," : "") + json_string(counts[i].first) + ":" + std::to_string(counts[i].second);
    }
    json += "},\"outputs\":{";
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        json += (i ? "," : "") + json_string(outputs[i].first) + ":" + json_string(outputs[i].second);
    }
    return json + "}}";
}

}  // namespace gradus::cli

#include "gradus/app/run_options.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>

namespace gradus::app {

RunOptions RunOptions::parse(std::string_view text) {
    RunOptions options;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (line.empty()) continue;
        const auto eq = line.find('=');
        if (eq == std::string_view::npos) throw InternalError("stored run options: a line without '=': " + std::string(line));
        options.add(std::string(line.substr(0, eq)), std::string(line.substr(eq + 1)));
    }
    return options;
}

void RunOptions::set(std::string key, std::string value) {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto& e) { return e.first == key; });
    if (it != m_entries.end()) {
        it->second = std::move(value);
    } else {
        add(std::move(key), std::move(value));
    }
}

void RunOptions::add(std::string key, std::string value) {
    if (key.find_first_of("=\n") != std::string::npos || value.find('\n') != std::string::npos) {
        throw InternalError("run option '" + key + "' holds '=' in its key or a line break");
    }
    m_entries.emplace_back(std::move(key), std::move(value));
}

std::optional<std::string> RunOptions::get(std::string_view key) const {
    for (const auto& [k, v] : m_entries) {
        if (k == key) return v;
    }
    return std::nullopt;
}

std::vector<std::string> RunOptions::all(std::string_view key) const {
    std::vector<std::string> values;
    for (const auto& [k, v] : m_entries) {
        if (k == key) values.push_back(v);
    }
    return values;
}

std::string RunOptions::text() const {
    std::string text;
    for (const auto& [k, v] : m_entries) text += k + "=" + v + "\n";
    return text;
}

}  // namespace gradus::app

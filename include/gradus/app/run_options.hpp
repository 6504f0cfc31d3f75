#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::app {

// The options a run was made with, as the canonical text stored with it: one "key=value" line
// per entry, in the order they were set (a key may repeat). Parsing the text gives them back,
// so a replay can redo the run exactly.
class RunOptions {
public:
    static RunOptions parse(std::string_view text);  // throws InternalError on a line without '='

    void set(std::string key, std::string value);  // replaces an earlier value of `key`
    void add(std::string key, std::string value);  // appends, for repeated keys
    std::optional<std::string> get(std::string_view key) const;
    std::vector<std::string> all(std::string_view key) const;
    std::string text() const;

private:
    std::vector<std::pair<std::string, std::string>> m_entries;
};

}  // namespace gradus::app

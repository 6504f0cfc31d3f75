#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gradus::cli {

// What a command did, for `--json` and for the job runner: every command fills one as it runs
// (the run it recorded, what it counted, the files it wrote); the caller adds the exit status.
struct RunSummary {
    std::string command;
    std::optional<std::int64_t> run_id;
    std::vector<std::pair<std::string, std::int64_t>> counts;      // in the order the command gave them
    std::vector<std::pair<std::string, std::string>> outputs;      // label, path
    int exit_status = 0;
    // run() returned (possibly 1: some records refused, listed in the outputs) rather than
    // stopping on an error before its work was done.
    bool completed = false;

    void count(std::string name, std::int64_t value) { counts.emplace_back(std::move(name), value); }
    void output(std::string label, const std::filesystem::path& path) {
        outputs.emplace_back(std::move(label), path.string());
    }
    std::optional<std::int64_t> count_of(const std::string& name) const;

    // One JSON object on one line, keys in a fixed order.
    std::string to_json() const;
};

// `text` as a JSON string literal, quotes included (UTF-8 passes through; controls escaped).
std::string json_string(const std::string& text);

}  // namespace gradus::cli

#pragma once

#include <gradus/core/date.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

// What a caller declares when a run starts.
struct RunSpec {
    std::string kind;            // "art16-rank", "l68-obblighi", ...
    std::string engine_version;
    Date reference_date;
    std::string options;         // canonical text, as the caller serialises its options
    std::optional<std::int64_t> parent_run;  // the run this one recomputes (riesame, replay)
};

enum class RunStatus { running, succeeded, failed };

std::string_view to_string(RunStatus status);
RunStatus parse_run_status(std::string_view text);  // throws InternalError on unknown text

// A row of `runs`.
struct RunRecord {
    std::int64_t id = 0;
    std::string kind;
    std::string engine_version;
    Date reference_date;
    std::string options;
    std::optional<std::string> inputs_hash;   // set when succeeded
    std::optional<std::string> outputs_hash;  // set when succeeded
    std::optional<std::int64_t> parent_run;
    std::string started_at;
    std::optional<std::string> finished_at;   // set when succeeded
    RunStatus status = RunStatus::running;
    std::optional<std::string> message;       // why it failed
};

enum class FileDirection { in, out };

std::string_view to_string(FileDirection direction);
FileDirection parse_file_direction(std::string_view text);  // throws InternalError on unknown text

// A file a run read or wrote; its bytes are the blob named by sha256.
struct RunFile {
    FileDirection direction = FileDirection::in;
    std::string role;
    std::string name;
    std::string sha256;

    friend bool operator==(const RunFile&, const RunFile&) = default;
};

// The hash that sums up a set of files: SHA-256 over one "role name sha256\n" line per file,
// the lines sorted bytewise. The direction takes no part: hash inputs and outputs separately.
std::string files_hash(const std::vector<RunFile>& files);

}  // namespace gradus::store

#include <gradus/store/run.hpp>

#include <gradus/core/errors.hpp>
#include <gradus/core/sha256.hpp>

#include <algorithm>

namespace gradus::store {

std::string_view to_string(RunStatus status) {
    switch (status) {
        case RunStatus::running: return "running";
        case RunStatus::succeeded: return "succeeded";
        case RunStatus::failed: return "failed";
    }
    throw InternalError("unknown RunStatus");
}

RunStatus parse_run_status(std::string_view text) {
    for (RunStatus status : {RunStatus::running, RunStatus::succeeded, RunStatus::failed}) {
        if (to_string(status) == text) return status;
    }
    throw InternalError("unknown run status '" + std::string(text) + "' in the store");
}

std::string_view to_string(FileDirection direction) {
    switch (direction) {
        case FileDirection::in: return "in";
        case FileDirection::out: return "out";
    }
    throw InternalError("unknown FileDirection");
}

FileDirection parse_file_direction(std::string_view text) {
    for (FileDirection direction : {FileDirection::in, FileDirection::out}) {
        if (to_string(direction) == text) return direction;
    }
    throw InternalError("unknown file direction '" + std::string(text) + "' in the store");
}

std::string files_hash(const std::vector<RunFile>& files) {
    std::vector<std::string> lines;
    lines.reserve(files.size());
    for (const RunFile& file : files) {
        lines.push_back(file.role + ' ' + file.name + ' ' + file.sha256 + '\n');
    }
    std::sort(lines.begin(), lines.end());  // char_traits<char> compares as unsigned bytes
    Sha256 hash;
    for (const std::string& line : lines) hash.update(line);
    return hash.hex_digest();
}

}  // namespace gradus::store

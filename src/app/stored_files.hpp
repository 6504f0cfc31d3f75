#pragma once

#include "gradus/app/run_options.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gradus::app::detail {

// The bytes of one recorded file; InternalError when its blob is missing.
inline std::string blob(store::Store& db, const store::RunFile& file) {
    auto bytes = db.get_blob(file.sha256);
    if (!bytes) throw InternalError("blob " + file.sha256 + " of " + file.role + " '" + file.name + "' is missing");
    return std::move(*bytes);
}

inline const store::RunFile& input_named(const std::vector<store::RunFile>& files, const std::string& role,
                                         const std::string& name) {
    for (const auto& f : files) {
        if (f.direction == store::FileDirection::in && f.role == role && f.name == name) return f;
    }
    throw InternalError("the run has no " + role + " input named '" + name + "'");
}

inline std::map<std::string, std::string> output_hashes(const std::vector<store::RunFile>& files) {
    std::map<std::string, std::string> hashes;
    for (const auto& f : files) {
        if (f.direction == store::FileDirection::out) hashes[f.name] = f.sha256;
    }
    return hashes;
}

// The record of a succeeded run of `kind`; ConfigError naming the run otherwise.
inline store::RunRecord succeeded_run(store::Store& db, std::int64_t run_id, const std::string& kind,
                                      const std::string& what) {
    auto record = db.get_run(run_id);
    if (!record) throw ConfigError("there is no run " + std::to_string(run_id));
    if (record->kind != kind) {
        throw ConfigError("run " + std::to_string(run_id) + " is a '" + record->kind + "' run, not " + what);
    }
    if (record->status != store::RunStatus::succeeded) {
        throw ConfigError("run " + std::to_string(run_id) + " did not succeed (" +
                          std::string(store::to_string(record->status)) + ")");
    }
    return *record;
}

inline std::string required_option(const RunOptions& options, std::int64_t run_id, const char* key) {
    auto value = options.get(key);
    if (!value) throw InternalError("run " + std::to_string(run_id) + " has no stored option '" + key + "'");
    return *value;
}

}  // namespace gradus::app::detail

#pragma once

#include "gradus/app/named_bytes.hpp"
#include "gradus/store/run.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gradus::app {

// A recorded run computed again from its stored inputs, next to the hashes it recorded.
struct Recomputation {
    store::RunRecord record;
    std::vector<NamedBytes> outputs;                     // as computed now
    std::map<std::string, std::string> recorded_hashes;  // output name -> sha256 recorded by the run
};

// Art. 16 rankings, L. 68 obligations batches and collocamento mirato graduatorie can be
// recomputed; any other kind is a
// ConfigError naming it.
Recomputation recompute_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas);

}  // namespace gradus::app

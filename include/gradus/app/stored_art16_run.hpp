#pragma once

#include "gradus/app/art16_job.hpp"
#include "gradus/store/run.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace gradus::app {

// A recorded art. 16 ranking, as needed to compute it again: its record, its inputs in the original
// order, the criteria file it used (always explicit on replay: the stored bytes, never today's file)
// and the hashes of the outputs it wrote. The candidature files are pulled from `db` a chunk at a
// time while they are parsed, by the parsers in turn: use the run while `db` is open, and nothing
// else of `db` while its candidature are parsed.
struct StoredArt16Run {
    store::RunRecord record;
    Art16Inputs inputs;
    Art16Settings settings;
    std::map<std::string, std::string> output_hashes;  // output name -> sha256
};

// Throws ConfigError when the run does not exist, did not succeed or is not an art. 16 ranking,
// and InternalError when a blob it names is missing (a candidature file's when it is parsed).
StoredArt16Run load_art16_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas);

}  // namespace gradus::app

#pragma once

#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/app/mirato_job.hpp"
#include "gradus/store/run.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace gradus::app {

// A recorded collocamento mirato graduatoria, as needed to compute it again: its record, its
// inputs, the criteria file it used (the stored bytes, never today's file) and the hashes of the
// outputs it wrote. The lists are pulled from the store a chunk at a time when they are read:
// use the run while the store is open, and nothing else of the store while the lists are read.
struct StoredMiratoRun {
    store::RunRecord record;
    MiratoInputs inputs;
    MiratoSettings settings;
    std::map<std::string, std::string> output_hashes;  // output name -> sha256
    std::optional<AvviamentoInputs> avviamento;        // when the run served employers' requests
    std::optional<Date> avviamento_date;
};

// Throws ConfigError when the run does not exist, did not succeed or is not a mirato ranking, and
// InternalError when a blob it names is missing.
StoredMiratoRun load_mirato_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas);

}  // namespace gradus::app

#pragma once

#include "gradus/app/obblighi_job.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace gradus::app {

// Records an obligations batch as one run, all or nothing: the prospetti and the reference data
// files as blobs, the outputs with their hashes, one l68_obblighi row per province and national
// row. Returns the run id.
std::int64_t record_obblighi_run(store::Store& db, const ObblighiInputs& inputs, const ObblighiOutcome& outcome,
                                 std::string_view started_at, std::string_view finished_at);

// A recorded obligations batch, as needed to compute it again.
struct StoredObblighiRun {
    store::RunRecord record;
    ObblighiInputs inputs;
    ObblighiSettings settings;
    std::map<std::string, std::string> output_hashes;  // output name -> sha256
};

// Throws ConfigError when the run does not exist, did not succeed or is not an obligations batch.
StoredObblighiRun load_obblighi_run(store::Store& db, std::int64_t run_id);

}  // namespace gradus::app

#pragma once

#include "gradus/app/obblighi_job.hpp"
#include "gradus/services/service_event.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::app {

// Records an obligations batch as one run, all or nothing: each prospetto file that was read
// (fetched again through ObblighiInputs::read when set, and checked against its digest when
// parsed) and the reference data files as blobs, the outputs rendered piece by piece into the
// store (and into `copies`), one l68_obblighi row per province and national row. When `office`
// (the CPI's 11-character codice ente) is given, the run also records in the ledger one service
// per firm whose obligations it computed: LEP S (collocamento mirato for firms, DM 4/2018 All. B;
// the seed gives it no SAP code). `stage_done` is called as each part is done: "inputs",
// "reports", "rows", "commit" (the services and the commit). Returns the run id.
std::int64_t record_obblighi_run(store::Store& db, const ObblighiInputs& inputs, const ObblighiOutcome& outcome,
                                 std::string_view started_at, std::string_view finished_at,
                                 const std::optional<std::string>& office = std::nullopt,
                                 DocumentCopies* copies = nullptr,
                                 const std::function<void(std::string_view stage)>& stage_done = {});

// The firms a run with an office records: one per codice fiscale of the counted prospetti, in
// codice fiscale order; a code that is neither a valid partita IVA nor a valid codice fiscale
// cannot name a firm in the ledger and is left out (the obligations report still lists it).
struct FirmServices {
    std::vector<services::ServiceEvent> events;
    std::vector<std::string> left_out;  // codes that are not valid
};
FirmServices firm_services(const report::ObblighiReport& report, std::int64_t run_id, const std::string& office);

// A recorded obligations batch, as needed to compute it again. Its prospetti are fetched from the
// store when they are parsed (ObblighiInputs::read): use it while the store is open.
struct StoredObblighiRun {
    store::RunRecord record;
    ObblighiInputs inputs;
    ObblighiSettings settings;
    std::map<std::string, std::string> output_hashes;  // output name -> sha256
};

// Throws ConfigError when the run does not exist, did not succeed or is not an obligations batch.
StoredObblighiRun load_obblighi_run(store::Store& db, std::int64_t run_id);

}  // namespace gradus::app

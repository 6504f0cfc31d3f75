#pragma once

#include "gradus/app/art16_job.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::app {

// What else a recorded ranking carries besides its result.
struct Art16RecordOptions {
    std::optional<std::int64_t> parent_run;  // the run a riesame revises
    std::vector<NamedBytes> extra_outputs;   // stored after the documents, e.g. riesame.csv
    std::optional<std::string> office;       // the CPI's 11-character codice ente: record services
    DocumentCopies* copies = nullptr;        // also writes each document here while storing it
    // Called as each part of the run is done: "rows", "inputs", "reports" (the documents and the
    // extra outputs), "commit" (the services and the commit), for a timing of each.
    std::function<void(std::string_view stage)> stage_done;
};

// Records a ranking as one run, all or nothing: the inputs and the criteria file as blobs, the
// output documents rendered piece by piece into the store (and into `copies`), one
// art16_graduatoria row per candidatura and, with an office, one service per person in the
// ledger: LEP K, SAP B03, "terminata" on the graduatoria date. A candidature file read from disk
// is stored again from disk and must still have the digest it had when it was parsed.
// `finished_at` is asked once the documents are stored. Returns the run id.
std::int64_t record_art16_run(store::Store& db, const Art16Inputs& inputs, const Art16Outcome& outcome,
                              std::string_view started_at, const std::function<std::string()>& finished_at,
                              const Art16RecordOptions& options = {});

}  // namespace gradus::app

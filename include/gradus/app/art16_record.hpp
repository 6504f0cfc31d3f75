#pragma once

#include "gradus/app/art16_job.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::app {

// Records a ranking as one run, all or nothing: the inputs and the criteria file as blobs, the
// outputs with their hashes, one art16_graduatoria row per candidatura and, when `office` (the
// CPI's 11-character codice ente) is given, one service per person in the ledger: LEP K, SAP
// B03, "terminata" on the graduatoria date. Returns the run id.
std::int64_t record_art16_run(store::Store& db, const Art16Inputs& inputs, const Art16Outcome& outcome,
                              std::string_view started_at, std::string_view finished_at,
                              std::optional<std::int64_t> parent_run = std::nullopt,
                              const std::vector<NamedBytes>& extra_outputs = {},
                              const std::optional<std::string>& office = std::nullopt);

}  // namespace gradus::app

#pragma once

#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/app/mirato_job.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::app {

// Records a collocamento mirato graduatoria as one run, all or nothing: the inputs and the
// criteria file as blobs, the reference date, the outputs rendered piece by piece into the store
// (and into `copies`), one
// mirato_graduatoria row per person (ranked or excluded) and, when `office` (the CPI's
// 11-character codice ente) is given, the registration of each ranked person in the ledger:
// LEP M1, SAP A01, "terminata" on the registration date, once per person and registration date
// (an A01 the ledger already holds is not repeated). With `avviamento`, its inputs, outputs and
// services (add_avviamento_to_run) are part of the same run. Returns the run id.
std::int64_t record_mirato_run(store::Store& db, const MiratoInputs& inputs, const MiratoOutcome& outcome,
                               std::string_view started_at, std::string_view finished_at,
                               const std::optional<std::string>& office = std::nullopt,
                               const AvviamentoInputs* avviamento_inputs = nullptr,
                               const AvviamentoOutcome* avviamento = nullptr, DocumentCopies* copies = nullptr);

}  // namespace gradus::app

#pragma once

#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gradus::app {

// Adds an avviamento to a run being recorded: the request files, prospetti and term file as
// inputs, its outputs; and, when `ledger` is given, one service per person proposed: LEP M6
// (incrocio domanda/offerta, DM 4/2018 All. B), SAP B03, "proposta" on the avviamento's date,
// delivered by `office`.
void add_avviamento_to_run(store::RunTransaction& run, store::Ledger* ledger, const std::optional<std::string>& office,
                           const AvviamentoInputs& inputs, const AvviamentoOutcome& outcome,
                           std::string_view recorded_at);

}  // namespace gradus::app

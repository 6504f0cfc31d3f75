#pragma once

#include "gradus/app/named_bytes.hpp"
#include "gradus/app/run_options.hpp"
#include "gradus/cm/avviamento.hpp"
#include "gradus/cm/graduatoria.hpp"
#include "gradus/core/errors.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gradus::app {

// The employers' requests of an avviamento: request files and/or UNIPI prospetti whose
// postilavoro become requests, and the term file (data/l68/avviamento-termini.csv).
struct AvviamentoInputs {
    std::vector<NamedBytes> richieste;
    std::vector<NamedBytes> prospetti;
    NamedBytes termini;
};

struct AvviamentoOutcome {
    Date as_of;
    std::vector<cm::Richiesta> requests;  // request files first, then prospetti, in the order given
    std::vector<cm::AvviamentoCandidate> candidates;
    std::vector<cm::AvviamentoResult> results;
    IssueLog issues;  // refused requests and prospetti
    std::vector<NamedBytes> outputs;  // avviamento*.{csv,xml,html} and pubblica-avviamento.{csv,html}
};

// The avviamento's part of a run's stored options: its date and its input files in order, so that
// a replay reads them back as they were given.
void add_avviamento_options(RunOptions& options, const AvviamentoInputs& inputs, const Date& as_of);

// Reads the requests, proposes people from `g` for each at `as_of` and renders the outputs (the
// refused requests in avviamento-scarti.csv). Pure
// of files, store and clock. Throws ConfigError when the term file is unusable.
AvviamentoOutcome run_avviamento(const AvviamentoInputs& inputs, const cm::Graduatoria& g, const Date& as_of,
                                 const std::filesystem::path& schemas, const std::string& run_label = {});

}  // namespace gradus::app

#include "gradus/app/mirato_avviamento.hpp"

#include "gradus/cm/avviamento_candidates.hpp"
#include "gradus/cm/richieste_from_prospetto.hpp"
#include "gradus/report/avviamento_reports.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "gradus/xml/richieste_reader.hpp"

#include <utility>

namespace gradus::app {

AvviamentoOutcome run_avviamento(const AvviamentoInputs& inputs, const cm::Graduatoria& g, const Date& as_of,
                                 const std::filesystem::path& schemas, const std::string& run_label) {
    AvviamentoOutcome outcome;
    outcome.as_of = as_of;
    const cm::AvviamentoTerms terms = cm::AvviamentoTerms::parse(inputs.termini.bytes, inputs.termini.name);
    for (const NamedBytes& file : inputs.richieste) {
        xml::read_richieste_bytes(file.bytes, file.name, schemas, outcome.requests, outcome.issues);
    }
    for (const NamedBytes& file : inputs.prospetti) {
        auto p = xml::read_prospetto_bytes(file.bytes, file.name, schemas, outcome.issues);
        if (!p) continue;
        p->file = file.name;
        for (cm::Richiesta& r : cm::richieste_from_prospetto(*p)) {
            const bool repeated = std::any_of(outcome.requests.begin(), outcome.requests.end(),
                                              [&](const cm::Richiesta& q) { return q.id == r.id; });
            if (repeated) {
                outcome.issues.add({r.origin, r.id, "postilavoro", "duplicato", "request id " + r.id + " already read"});
                continue;
            }
            outcome.requests.push_back(std::move(r));
        }
    }
    outcome.candidates = cm::avviamento_candidates(g, as_of);
    outcome.results = cm::propose_avviamenti(outcome.requests, outcome.candidates, as_of, terms);

    const report::AvviamentoReportInput in{outcome.requests, outcome.candidates, outcome.results, as_of, run_label};
    outcome.outputs = {
        {"avviamento-richieste.csv", report::avviamento_richieste_csv(in)},
        {"avviamento.csv", report::avviamento_csv(in)},
        {"avviamento.xml", report::avviamento_xml(in)},
        {"avviamento.html", report::avviamento_html(in)},
        {"pubblica-avviamento.csv", report::avviamento_pubblico_csv(in)},
        {"pubblica-avviamento.html", report::avviamento_pubblico_html(in)},
        {"avviamento-scarti.csv", report::issues_csv(outcome.issues)},
    };
    return outcome;
}

void add_avviamento_options(RunOptions& options, const AvviamentoInputs& inputs, const Date& as_of) {
    options.set("data_avviamento", as_of.to_iso());
    for (const NamedBytes& f : inputs.richieste) options.add("richieste", f.name);
    for (const NamedBytes& f : inputs.prospetti) options.add("prospetti", f.name);
    options.set("termini", inputs.termini.name);
}

}  // namespace gradus::app

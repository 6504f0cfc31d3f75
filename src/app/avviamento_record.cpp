#include "gradus/app/avviamento_record.hpp"

namespace gradus::app {
namespace {

services::ServiceEvent proposal_event(std::int64_t run_id, const std::string& office, const AvviamentoOutcome& o,
                                      const cm::AvviamentoResult& r, const cm::Proposta& p) {
    const cm::Richiesta& q = o.requests[r.request];
    services::ServiceEvent e;
    e.subject_code = o.candidates[p.candidate].codice_fiscale;
    e.office = office;
    e.service = "M6";  // DM 4/2018 All. B, LEP M6: incrocio domanda/offerta (collocamento mirato)
    e.sap_code = "B03";
    e.event = services::SapEvent::proposta;
    e.event_date = o.as_of;
    e.proposed = o.as_of;
    e.outcome = "avviamento " + std::string(cm::to_string(r.procedura)) + " richiesta " + q.id + " (" +
                q.employer_name + ", " + q.qualifica_code + "), posto " + std::to_string(p.post);
    e.run_id = run_id;
    return e;
}

}  // namespace

void add_avviamento_to_run(store::RunTransaction& run, store::Ledger* ledger, const std::optional<std::string>& office,
                           const AvviamentoInputs& inputs, const AvviamentoOutcome& outcome,
                           std::string_view recorded_at) {
    for (const auto& f : inputs.richieste) run.add_input("richieste", f.name, f.bytes);
    for (const auto& f : inputs.prospetti) run.add_input("prospetti", f.name, f.bytes);
    run.add_input("termini", inputs.termini.name, inputs.termini.bytes);
    for (const auto& out : outcome.outputs) run.add_output("report", out.name, out.bytes);
    if (!ledger || !office) return;
    for (const cm::AvviamentoResult& r : outcome.results) {
        for (const cm::Proposta& p : r.proposed) {
            ledger->append(proposal_event(run.run_id(), *office, outcome, r, p), recorded_at);
        }
    }
}

}  // namespace gradus::app

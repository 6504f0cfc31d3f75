#include "gradus/app/art16_record.hpp"

#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"

namespace gradus::app {
namespace {

void store_rows(store::RunTransaction& run, const art16::Graduatoria& g) {
    auto writer = run.bulk_writer("art16_graduatoria", {"run_id", "posizione", "protocollo", "codice_fiscale",
                                                        "punteggio", "esito", "riserva", "deciso_da", "motivo"});
    const std::int64_t id = run.run_id();
    for (const auto& r : g.ranked) {
        const auto& c = g.candidature[r.candidatura];
        writer.add_row({id, std::int64_t{r.position}, c.protocol, c.codice_fiscale, r.score.to_string(),
                        std::string(art16::to_string(r.esito)),
                        r.reserve_kind ? store::Cell{*r.reserve_kind} : store::Cell{}, r.decided_by, store::Cell{}});
    }
    for (const auto& e : g.excluded) {
        const auto& c = g.candidature[e.candidatura];
        writer.add_row({id, store::Cell{}, c.protocol, c.codice_fiscale, store::Cell{},
                        std::string(art16::to_string(art16::Esito::escluso)), store::Cell{}, store::Cell{}, e.reason});
    }
    writer.finish();
}

services::ServiceEvent service_event(std::int64_t run_id, const std::string& office, const art16::Graduatoria& g,
                                    const art16::Candidatura& c, std::string outcome) {
    services::ServiceEvent e;
    e.subject_code = c.codice_fiscale;
    e.office = office;
    e.service = "K";      // DM 4/2018 All. B, LEP K: avviamento a selezione presso la PA
    e.sap_code = "B03";
    e.event = services::SapEvent::terminata;
    e.event_date = g.avviso.ranking_date;
    e.proposed = c.submission_date;
    e.started = c.submission_date;
    e.ended = g.avviso.ranking_date;
    e.outcome = "graduatoria avviso " + g.avviso.id + ": " + std::move(outcome);
    e.run_id = run_id;
    return e;
}

// One service per person whose application was processed; a record with an invalid codice
// fiscale cannot name a person in the ledger and is left out (it is in the graduatoria).
void record_services(store::Ledger& ledger, std::int64_t run_id, const std::string& office,
                     const art16::Graduatoria& g, std::string_view recorded_at) {
    for (const auto& r : g.ranked) {
        const auto& c = g.candidature[r.candidatura];
        ledger.append(service_event(run_id, office, g, c,
                                    "posizione " + std::to_string(r.position) + ", " +
                                        std::string(art16::to_string(r.esito))),
                      recorded_at);
    }
    for (const auto& e : g.excluded) {
        if (e.reason_code == "codice_fiscale" || e.reason_code == "duplicato" || e.reason_code == "protocollo_duplicato") {
            continue;  // no valid person, or the person's counted application is recorded already
        }
        ledger.append(service_event(run_id, office, g, g.candidature[e.candidatura], "esclusa: " + e.reason_code),
                      recorded_at);
    }
}

}  // namespace

std::int64_t record_art16_run(store::Store& db, const Art16Inputs& inputs, const Art16Outcome& outcome,
                              std::string_view started_at, std::string_view finished_at,
                              std::optional<std::int64_t> parent_run, const std::vector<NamedBytes>& extra_outputs,
                              const std::optional<std::string>& office) {
    std::optional<store::Ledger> ledger;
    if (office) ledger.emplace(db);
    const store::RunSpec spec{"art16-rank", engine_version, outcome.as_of, outcome.options, parent_run};
    store::RunTransaction run(db, spec, started_at);
    run.add_input("avviso", inputs.avviso.name, inputs.avviso.bytes);
    for (const auto& c : inputs.candidature) run.add_input("candidature", c.name, c.bytes);
    run.add_input("criteria", outcome.criteria.file_name, outcome.criteria.bytes);
    if (inputs.rettifiche) run.add_input("rettifiche", inputs.rettifiche->name, inputs.rettifiche->bytes);
    for (const auto& out : outcome.outputs) run.add_output("report", out.name, out.bytes);
    for (const auto& out : extra_outputs) run.add_output("report", out.name, out.bytes);
    store_rows(run, outcome.graduatoria);
    if (ledger) record_services(*ledger, run.run_id(), *office, outcome.graduatoria, finished_at);
    run.commit(finished_at);
    return run.run_id();
}

}  // namespace gradus::app

#include "gradus/app/mirato_record.hpp"

#include "gradus/app/avviamento_record.hpp"
#include "gradus/app/stored_documents.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"

#include <set>
#include <utility>

namespace gradus::app {
namespace {

void store_rows(store::RunTransaction& run, const cm::Graduatoria& g) {
    auto writer = run.bulk_writer("mirato_graduatoria", {"run_id", "lista", "posizione", "numero_iscrizione",
                                                         "codice_fiscale", "punteggio", "esito", "deciso_da", "motivo"});
    const std::int64_t id = run.run_id();
    for (const auto& r : g.ranked) {
        const auto& p = g.iscritti[r.iscritto];
        writer.add_row({id, std::string(cm::to_string(r.lista)), std::int64_t{r.position}, p.registration_number,
                        p.codice_fiscale, r.score.to_string(), std::string("graduatoria"), r.decided_by, store::Cell{}});
    }
    for (const auto& e : g.excluded) {
        const auto& p = g.iscritti[e.iscritto];
        writer.add_row({id, std::string(cm::to_string(p.lista)), store::Cell{}, p.registration_number, p.codice_fiscale,
                        store::Cell{}, std::string("escluso"), store::Cell{}, e.reason_code});
    }
    writer.finish();
}

// DM 4/2018 All. B, LEP M1: iscrizione al collocamento mirato (SAP tipo attivita A01).
constexpr const char* registration_service = "M1";
constexpr const char* registration_sap = "A01";

services::ServiceEvent registration_event(std::int64_t run_id, const std::string& office, const cm::Iscritto& p) {
    services::ServiceEvent e;
    e.subject_code = p.codice_fiscale;
    e.office = office;
    e.service = registration_service;
    e.sap_code = registration_sap;
    e.event = services::SapEvent::terminata;
    e.event_date = p.registration_date;
    e.started = p.registration_date;
    e.ended = p.registration_date;
    e.outcome = "iscrizione lista " + std::string(cm::to_string(p.lista)) + " n. " + p.registration_number;
    e.run_id = run_id;
    return e;
}

// One A01 per ranked person and registration date, unless the ledger has it already.
void record_registrations(store::Ledger& ledger, std::int64_t run_id, const std::string& office,
                          const cm::Graduatoria& g, std::string_view recorded_at) {
    std::set<std::pair<std::string, Date>> known;
    for (const auto& r : ledger.up_to(g.reference_date)) {
        const auto& e = r.event;
        if (e.service == registration_service && e.sap_code == registration_sap && e.started) {
            known.insert({e.subject_code, *e.started});
        }
    }
    for (const auto& r : g.ranked) {
        const auto& p = g.iscritti[r.iscritto];
        if (!known.insert({p.codice_fiscale, p.registration_date}).second) continue;
        ledger.append(registration_event(run_id, office, p), recorded_at);
    }
}

}  // namespace

std::int64_t record_mirato_run(store::Store& db, const MiratoInputs& inputs, const MiratoOutcome& outcome,
                               std::string_view started_at, std::string_view finished_at,
                               const std::optional<std::string>& office, const AvviamentoInputs* avviamento_inputs,
                               const AvviamentoOutcome* avviamento, DocumentCopies* copies) {
    std::optional<store::Ledger> ledger;
    if (office) ledger.emplace(db);
    const store::RunSpec spec{"mirato-rank", engine_version, outcome.graduatoria.reference_date, outcome.options,
                              std::nullopt};
    store::RunTransaction run(db, spec, started_at);
    store_input(run, "iscritti", inputs.iscritti, outcome.iscritti_sha256);
    if (inputs.adesioni) run.add_input("adesioni", inputs.adesioni->name, inputs.adesioni->bytes);
    run.add_input("criteria", outcome.criteria.file_name, outcome.criteria.bytes);
    store_documents(run, mirato_documents(outcome), copies);
    store_rows(run, outcome.graduatoria);
    if (ledger) record_registrations(*ledger, run.run_id(), *office, outcome.graduatoria, finished_at);
    if (avviamento_inputs && avviamento) {
        add_avviamento_to_run(run, ledger ? &*ledger : nullptr, office, *avviamento_inputs, *avviamento, finished_at);
    }
    run.commit(finished_at);
    return run.run_id();
}

}  // namespace gradus::app

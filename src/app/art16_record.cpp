#include "gradus/app/art16_record.hpp"

#include "gradus/app/stored_documents.hpp"
#include "gradus/art16/candidatura_prefetch.hpp"
#include "gradus/core/blocks_taken_here.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"

namespace gradus::app {
namespace {

// Row `i` of the graduatoria table: the ranked candidates in position order, then the exclusions.
std::vector<store::Cell> graduatoria_row(std::int64_t run_id, const art16::Graduatoria& g, std::size_t i) {
    if (i < g.ranked.size()) {
        const auto& r = g.ranked[i];
        const auto& c = g.candidature[r.candidatura];
        return {run_id, std::int64_t{r.position}, c.protocol, c.codice_fiscale.str(), r.score.to_string(),
                std::string(art16::to_string(r.esito)), r.reserve_kind ? store::Cell{*r.reserve_kind} : store::Cell{},
                r.decided_by, store::Cell{}};
    }
    const auto& e = g.excluded[i - g.ranked.size()];
    const auto& c = g.candidature[e.candidatura];
    return {run_id, store::Cell{}, c.protocol, c.codice_fiscale.str(), store::Cell{},
            std::string(art16::to_string(art16::Esito::escluso)), store::Cell{}, store::Cell{}, e.reason};
}

// The rows are built and digested in blocks on the other cores and inserted in order by this thread,
// the store's only writer: the insert no longer waits for the building.
void store_rows(store::RunTransaction& run, const art16::Graduatoria& g) {
    auto writer = run.bulk_writer("art16_graduatoria", {"run_id", "posizione", "protocollo", "codice_fiscale",
                                                        "punteggio", "esito", "riserva", "deciso_da", "motivo"});
    const std::int64_t id = run.run_id();
    blocks_taken_here(
        g.ranked.size() + g.excluded.size(), 1024,
        [&](std::size_t first, std::size_t last) {
            std::vector<std::vector<store::Cell>> rows;
            rows.reserve(last - first);
            for (std::size_t i = first; i < last; ++i) {
                const std::size_t ahead = i + art16::prefetch_lead;
                if (ahead < last && ahead < g.ranked.size()) {
                    art16::prefetch_identity(g.candidature[g.ranked[ahead].candidatura]);
                }
                rows.push_back(graduatoria_row(id, g, i));
            }
            return writer.prepare(std::move(rows));
        },
        [&](store::PreparedRows rows) { writer.add(std::move(rows)); });
    writer.finish();
}

services::ServiceEvent service_event(std::int64_t run_id, const std::string& office, const art16::Graduatoria& g,
                                    const art16::Candidatura& c, std::string outcome) {
    services::ServiceEvent e;
    e.subject_code = c.codice_fiscale.str();
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

void store_candidature(store::RunTransaction& run, const Art16Inputs& inputs, const Art16Outcome& outcome) {
    for (std::size_t i = 0; i < inputs.candidature.size(); ++i) {
        store_input(run, "candidature", inputs.candidature[i], outcome.candidature_sha256.at(i));
    }
}

}  // namespace

std::int64_t record_art16_run(store::Store& db, const Art16Inputs& inputs, const Art16Outcome& outcome,
                              std::string_view started_at, const std::function<std::string()>& finished_at,
                              const Art16RecordOptions& options) {
    std::optional<store::Ledger> ledger;
    if (options.office) ledger.emplace(db);
    const store::RunSpec spec{"art16-rank", engine_version, outcome.as_of, outcome.options, options.parent_run};
    store::RunTransaction run(db, spec, started_at);
    const auto done = [&options](std::string_view stage) {
        if (options.stage_done) options.stage_done(stage);
    };
    // The input files first, then their writing to disk begins while the rows are stored, which
    // leave a core half idle: at 1M candidature the commit then waits for 0.4-0.5 s, not 1.0.
    run.add_input("avviso", inputs.avviso.name, inputs.avviso.bytes);
    store_candidature(run, inputs, outcome);
    run.add_input("criteria", outcome.criteria.file_name, outcome.criteria.bytes);
    if (inputs.rettifiche) run.add_input("rettifiche", inputs.rettifiche->name, inputs.rettifiche->bytes);
    done("inputs");
    run.start_writeback();
    store_rows(run, outcome.graduatoria);
    done("rows");
    store_documents(run, art16_documents(outcome), options.copies);
    for (const auto& out : options.extra_outputs) run.add_output("report", out.name, out.bytes);
    done("reports");
    const std::string finished = finished_at();
    if (ledger) record_services(*ledger, run.run_id(), *options.office, outcome.graduatoria, finished);
    run.commit(finished);
    done("commit");
    return run.run_id();
}

}  // namespace gradus::app

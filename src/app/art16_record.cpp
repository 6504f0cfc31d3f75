#include "gradus/app/art16_record.hpp"

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

}  // namespace

std::int64_t record_art16_run(store::Store& db, const Art16Inputs& inputs, const Art16Outcome& outcome,
                              std::string_view started_at, std::string_view finished_at,
                              std::optional<std::int64_t> parent_run, const std::vector<NamedBytes>& extra_outputs) {
    const store::RunSpec spec{"art16-rank", engine_version, outcome.as_of, outcome.options, parent_run};
    store::RunTransaction run(db, spec, started_at);
    run.add_input("avviso", inputs.avviso.name, inputs.avviso.bytes);
    for (const auto& c : inputs.candidature) run.add_input("candidature", c.name, c.bytes);
    run.add_input("criteria", outcome.criteria.file_name, outcome.criteria.bytes);
    if (inputs.rettifiche) run.add_input("rettifiche", inputs.rettifiche->name, inputs.rettifiche->bytes);
    for (const auto& out : outcome.outputs) run.add_output("report", out.name, out.bytes);
    for (const auto& out : extra_outputs) run.add_output("report", out.name, out.bytes);
    store_rows(run, outcome.graduatoria);
    run.commit(finished_at);
    return run.run_id();
}

}  // namespace gradus::app

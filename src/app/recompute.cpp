#include "gradus/app/recompute.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/app/stored_mirato_run.hpp"
#include "gradus/core/errors.hpp"

namespace gradus::app {

Recomputation recompute_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas) {
    const auto record = db.get_run(run_id);
    if (!record) throw ConfigError("there is no run " + std::to_string(run_id));
    if (record->kind == "art16-rank") {
        const auto stored = load_art16_run(db, run_id, schemas);
        const Art16Outcome outcome = run_art16(stored.inputs, stored.settings, {}, schemas);
        return {stored.record, render_in_memory(art16_documents(outcome)), stored.output_hashes};
    }
    if (record->kind == "l68-obblighi") {
        const auto stored = load_obblighi_run(db, run_id);
        return {stored.record, run_obblighi(stored.inputs, stored.settings, schemas)->outputs, stored.output_hashes};
    }
    if (record->kind == "mirato-rank") {
        const auto stored = load_mirato_run(db, run_id, schemas);
        MiratoOutcome outcome = run_mirato(stored.inputs, stored.settings, {}, schemas);
        if (stored.avviamento) {
            auto avviamento = run_avviamento(*stored.avviamento, outcome.graduatoria, *stored.avviamento_date, schemas);
            for (auto& f : avviamento.outputs) outcome.outputs.push_back(std::move(f));
        }
        return {stored.record, std::move(outcome.outputs), stored.output_hashes};
    }
    throw ConfigError("run " + std::to_string(run_id) + " is a '" + record->kind +
                      "' run: only art. 16 rankings and L. 68 obligations batches can be recomputed, as well as "
                      "collocamento mirato graduatorie");
}

}  // namespace gradus::app

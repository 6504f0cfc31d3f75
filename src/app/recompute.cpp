#include "gradus/app/recompute.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/app/stored_mirato_run.hpp"
#include "gradus/core/errors.hpp"

#include <map>

namespace gradus::app {
namespace {

std::optional<std::string> recorded(const std::map<std::string, std::string>& hashes, const std::string& name) {
    const auto it = hashes.find(name);
    if (it == hashes.end()) return std::nullopt;
    return it->second;
}

}  // namespace

store::RunRecord recompute_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas,
                               const RecomputedOutput& each) {
    const auto record = db.get_run(run_id);
    if (!record) throw ConfigError("there is no run " + std::to_string(run_id));
    if (record->kind == "art16-rank") {
        const auto stored = load_art16_run(db, run_id, schemas);
        const Art16Outcome outcome = run_art16(stored.inputs, stored.settings, {}, schemas);
        for (const auto& document : art16_documents(outcome)) {
            each(document.name, recorded(stored.output_hashes, document.name), document.render);
        }
        return stored.record;
    }
    if (record->kind == "l68-obblighi") {
        const auto stored = load_obblighi_run(db, run_id);
        const auto outcome = compute_obblighi(stored.inputs, stored.settings, schemas);
        for (const auto& document : obblighi_documents(*outcome)) {
            each(document.name, recorded(stored.output_hashes, document.name), document.render);
        }
        return stored.record;
    }
    if (record->kind == "mirato-rank") {
        const auto stored = load_mirato_run(db, run_id, schemas);
        const MiratoOutcome outcome = run_mirato(stored.inputs, stored.settings, {}, schemas);
        for (const auto& document : mirato_documents(outcome)) {
            each(document.name, recorded(stored.output_hashes, document.name), document.render);
        }
        if (stored.avviamento) {
            const auto avviamento = run_avviamento(*stored.avviamento, outcome.graduatoria, *stored.avviamento_date, schemas);
            for (const auto& file : avviamento.outputs) {
                each(file.name, recorded(stored.output_hashes, file.name), [&file](ByteSink& sink) { sink.write(file.bytes); });
            }
        }
        return stored.record;
    }
    throw ConfigError("run " + std::to_string(run_id) + " is a '" + record->kind +
                      "' run: only art. 16 rankings and L. 68 obligations batches can be recomputed, as well as "
                      "collocamento mirato graduatorie");
}

}  // namespace gradus::app

#include "gradus/app/stored_mirato_run.hpp"

#include "stored_files.hpp"

#include "gradus/app/stored_blob_source.hpp"

#include "gradus/xml/criteria_reader.hpp"

#include <memory>
#include <mutex>

namespace gradus::app {

StoredMiratoRun load_mirato_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas) {
    using namespace detail;
    StoredMiratoRun run;
    run.record = succeeded_run(db, run_id, "mirato-rank", "a collocamento mirato graduatoria");
    const RunOptions options = RunOptions::parse(run.record.options);
    const auto files = db.run_files(run_id);
    const std::string iscritti = required_option(options, run_id, "iscritti");
    // Pulled from the store a chunk at a time as it is parsed (the lists of a large province are
    // hundreds of MB).
    const store::RunFile& list = input_named(files, "iscritti", iscritti);
    run.inputs.iscritti = {iscritti, {}, {},
                           [&db, one_at_a_time = std::make_shared<std::mutex>(), sha256 = list.sha256, iscritti] {
                               return std::make_unique<StoredBlobSource>(db, one_at_a_time, sha256,
                                                                         "iscritti '" + iscritti + "'");
                           },
                           list.sha256};
    if (const auto adesioni = options.get("adesioni")) {
        run.inputs.adesioni = NamedBytes{*adesioni, blob(db, input_named(files, "adesioni", *adesioni))};
    } else {
        run.settings.reference_date = Date::parse_iso(required_option(options, run_id, "data_riferimento"));
    }
    const std::string criteria_file = required_option(options, run_id, "criteria_file");
    const auto& criteria = input_named(files, "criteria", criteria_file);
    std::string bytes = blob(db, criteria);
    run.settings.explicit_criteria = criteria::LoadedCriteria{xml::read_criteria_bytes(bytes, criteria_file, schemas),
                                                              criteria_file, criteria.sha256, std::move(bytes)};
    run.settings.allow_unknown = required_option(options, run_id, "allow_unknown") == "1";
    run.settings.public_employer = required_option(options, run_id, "datori_pubblici") == "1";
    run.output_hashes = output_hashes(files);
    if (const auto day = options.get("data_avviamento")) {
        run.avviamento_date = Date::parse_iso(*day);
        AvviamentoInputs& a = run.avviamento.emplace();
        for (const auto& name : options.all("richieste")) a.richieste.push_back({name, blob(db, input_named(files, "richieste", name))});
        for (const auto& name : options.all("prospetti")) a.prospetti.push_back({name, blob(db, input_named(files, "prospetti", name))});
        const std::string termini = required_option(options, run_id, "termini");
        a.termini = {termini, blob(db, input_named(files, "termini", termini))};
    }
    return run;
}

}  // namespace gradus::app

#include "gradus/app/stored_art16_run.hpp"

#include "stored_files.hpp"

#include "gradus/app/stored_blob_source.hpp"

#include "gradus/xml/criteria_reader.hpp"

#include <memory>
#include <mutex>

namespace gradus::app {

StoredArt16Run load_art16_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas) {
    using namespace detail;
    StoredArt16Run run;
    run.record = succeeded_run(db, run_id, "art16-rank", "an art. 16 ranking");
    const RunOptions options = RunOptions::parse(run.record.options);
    const auto files = db.run_files(run_id);

    const std::string avviso = required_option(options, run_id, "avviso");
    run.inputs.avviso = {avviso, blob(db, input_named(files, "avviso", avviso))};
    // Each candidature file is pulled from the store a chunk at a time as it is parsed, so that a
    // national run (hundreds of MB of candidature) is never held whole. The parsers share the
    // store's one connection, one chunk at a time.
    const auto one_at_a_time = std::make_shared<std::mutex>();
    for (const auto& name : options.all("candidature")) {
        const store::RunFile file = input_named(files, "candidature", name);
        run.inputs.candidature.push_back({name, {}, {},
                                          [&db, one_at_a_time, sha256 = file.sha256, name] {
                                              return std::make_unique<StoredBlobSource>(
                                                  db, one_at_a_time, sha256, "candidature '" + name + "'");
                                          },
                                          file.sha256});
    }
    if (const auto rettifiche = options.get("rettifiche")) {
        run.inputs.rettifiche = NamedBytes{*rettifiche, blob(db, input_named(files, "rettifiche", *rettifiche))};
    }
    const std::string criteria_file = required_option(options, run_id, "criteria_file");
    const auto& criteria = input_named(files, "criteria", criteria_file);
    std::string bytes = blob(db, criteria);
    run.settings.explicit_criteria = criteria::LoadedCriteria{xml::read_criteria_bytes(bytes, criteria_file, schemas),
                                                              criteria_file, criteria.sha256, std::move(bytes)};
    run.settings.as_of = Date::parse_iso(required_option(options, run_id, "as_of"));
    run.settings.allow_unknown = required_option(options, run_id, "allow_unknown") == "1";
    run.settings.reports = options.all("report");
    run.output_hashes = output_hashes(files);
    return run;
}

}  // namespace gradus::app

#include "gradus/app/stored_art16_run.hpp"

#include "gradus/app/run_options.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/xml/criteria_reader.hpp"

namespace gradus::app {
namespace {

std::string blob(store::Store& db, const store::RunFile& file) {
    auto bytes = db.get_blob(file.sha256);
    if (!bytes) throw InternalError("blob " + file.sha256 + " of " + file.role + " '" + file.name + "' is missing");
    return std::move(*bytes);
}

const store::RunFile& input_named(const std::vector<store::RunFile>& files, const std::string& role,
                                  const std::string& name) {
    for (const auto& f : files) {
        if (f.direction == store::FileDirection::in && f.role == role && f.name == name) return f;
    }
    throw InternalError("the run has no " + role + " input named '" + name + "'");
}

}  // namespace

StoredArt16Run load_art16_run(store::Store& db, std::int64_t run_id, const std::filesystem::path& schemas) {
    auto record = db.get_run(run_id);
    if (!record) throw ConfigError("there is no run " + std::to_string(run_id));
    if (record->kind != "art16-rank") {
        throw ConfigError("run " + std::to_string(run_id) + " is a '" + record->kind + "' run, not an art. 16 ranking");
    }
    if (record->status != store::RunStatus::succeeded) {
        throw ConfigError("run " + std::to_string(run_id) + " did not succeed (" +
                          std::string(store::to_string(record->status)) + ")");
    }
    const RunOptions options = RunOptions::parse(record->options);
    const auto files = db.run_files(run_id);
    const auto need = [&](const char* key) {
        auto value = options.get(key);
        if (!value) throw InternalError("run " + std::to_string(run_id) + " has no stored option '" + key + "'");
        return *value;
    };

    StoredArt16Run run;
    run.record = *record;
    const std::string avviso = need("avviso");
    run.inputs.avviso = {avviso, blob(db, input_named(files, "avviso", avviso))};
    for (const auto& name : options.all("candidature")) {
        run.inputs.candidature.push_back({name, blob(db, input_named(files, "candidature", name))});
    }
    if (const auto rettifiche = options.get("rettifiche")) {
        run.inputs.rettifiche = NamedBytes{*rettifiche, blob(db, input_named(files, "rettifiche", *rettifiche))};
    }
    const std::string criteria_file = need("criteria_file");
    const auto& criteria = input_named(files, "criteria", criteria_file);
    std::string bytes = blob(db, criteria);
    run.settings.explicit_criteria = criteria::LoadedCriteria{xml::read_criteria_bytes(bytes, criteria_file, schemas),
                                                              criteria_file, criteria.sha256, std::move(bytes)};
    run.settings.as_of = Date::parse_iso(need("as_of"));
    run.settings.allow_unknown = need("allow_unknown") == "1";
    for (const auto& f : files) {
        if (f.direction == store::FileDirection::out) run.output_hashes[f.name] = f.sha256;
    }
    return run;
}

}  // namespace gradus::app

#include "gradus/app/art16_job.hpp"

#include "gradus/app/run_options.hpp"
#include "gradus/art16/ranking.hpp"
#include "gradus/report/graduatoria_csv.hpp"
#include "gradus/report/graduatoria_html.hpp"
#include "gradus/report/graduatoria_xml.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/riesame_csv.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/avviso_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"
#include "gradus/xml/rettifiche_reader.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <array>
#include <functional>
#include <set>
#include <utility>

namespace gradus::app {
namespace {

void stage_done(const Art16Settings& settings, std::string_view stage) {
    if (settings.stage_done) settings.stage_done(stage);
}

struct Candidature {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
};

// Records answering another avviso are refused one by one, so a misplaced file cannot slip
// candidates into the wrong graduatoria.
void refuse_other_avvisi(Candidature& input, const std::string& avviso_id) {
    std::vector<art16::Candidatura> kept;
    for (auto& c : input.records) {
        if (c.avviso_id == avviso_id) {
            kept.push_back(std::move(c));
        } else {
            input.issues.add({c.origin, c.protocol, "avviso", "avviso",
                              "the candidatura answers avviso '" + c.avviso_id + "', not '" + avviso_id + "'"});
        }
    }
    input.records = std::move(kept);
}

// One parser per file, files in parallel; records and issues come back in the order of the files.
Candidature read_candidature(const std::vector<NamedBytes>& files, const std::filesystem::path& schemas,
                             const std::string& avviso_id, Progress* progress) {
    std::vector<Candidature> per_file(files.size());
    tbb::parallel_for(std::size_t{0}, files.size(), [&](std::size_t i) {
        xml::read_candidature_bytes(files[i].bytes, files[i].name, schemas, per_file[i].records, per_file[i].issues);
        refuse_other_avvisi(per_file[i], avviso_id);
        if (progress) {
            progress->file_read(static_cast<std::int64_t>(per_file[i].records.size() + per_file[i].issues.size()));
        }
    });
    Candidature all;
    for (auto& f : per_file) {
        all.records.insert(all.records.end(), std::make_move_iterator(f.records.begin()),
                           std::make_move_iterator(f.records.end()));
        all.issues.append(f.issues);
    }
    return all;
}

void check_names(const Art16Inputs& inputs) {
    std::set<std::string> seen;
    for (const auto& c : inputs.candidature) {
        if (!seen.insert(c.name).second) {
            throw ConfigError("two candidature files are named '" + c.name +
                              "': a run records files by name, rename one of them");
        }
    }
}

}  // namespace

Art16Outcome run_art16(const Art16Inputs& inputs, const Art16Settings& settings,
                       const std::vector<criteria::LoadedCriteria>& catalogue, const std::filesystem::path& schemas) {
    check_names(inputs);
    const art16::Avviso avviso = xml::read_avviso_bytes(inputs.avviso.bytes, inputs.avviso.name, schemas);
    Candidature input = read_candidature(inputs.candidature, schemas, avviso.id, settings.progress);
    stage_done(settings, "parse");

    Art16Outcome outcome;
    outcome.as_of = settings.as_of.value_or(avviso.ranking_date);
    outcome.criteria_explicit = settings.explicit_criteria.has_value();
    outcome.criteria = settings.explicit_criteria ? *settings.explicit_criteria
                       : avviso.criteria_id ? criteria::select_criteria_by_id(catalogue, *avviso.criteria_id)
                                            : criteria::select_criteria(catalogue, avviso.region_code, "art16", outcome.as_of);

    if (inputs.rettifiche) {
        const auto rettifiche = xml::read_rettifiche_bytes(inputs.rettifiche->bytes, inputs.rettifiche->name, schemas);
        if (rettifiche.avviso_id != avviso.id) {
            throw ConfigError(inputs.rettifiche->name + " decides on avviso '" + rettifiche.avviso_id + "', not '" +
                              avviso.id + "'");
        }
        outcome.rettifiche = art16::apply_rettifiche(input.records, rettifiche, outcome.criteria.criteria);
    }

    art16::RankOptions options;
    options.allow_unknown_parameters = settings.allow_unknown;
    options.keep_trails = false;  // the reports rebuild each trail as they write it (explanation_of)
    outcome.records_read = input.records.size() + input.issues.size();
    outcome.graduatoria = art16::rank(avviso, outcome.criteria.criteria, std::move(input.records), options);
    outcome.issues = std::move(input.issues);
    stage_done(settings, "rank");

    const auto& g = outcome.graduatoria;
    const report::ReportContext context{outcome.criteria.file_name, outcome.criteria.sha256, engine_version, ""};
    // Independent renderings of one result: built side by side, kept in this fixed order.
    const std::array<std::pair<const char*, std::function<std::string()>>, 6> reports{{
        {"graduatoria.xml", [&] { return report::graduatoria_xml(g, context); }},
        {"graduatoria.csv", [&] { return report::graduatoria_csv(g, context); }},
        {"graduatoria.html", [&] { return report::graduatoria_html(g, context); }},
        {"pubblica.csv", [&] { return report::pubblica_csv(g, context); }},
        {"pubblica.html", [&] { return report::pubblica_html(g, context); }},
        {"scarti.csv", [&] { return report::issues_csv(outcome.issues); }},
    }};
    outcome.outputs.resize(reports.size());
    tbb::parallel_for(std::size_t{0}, reports.size(), [&](std::size_t i) {
        outcome.outputs[i] = {reports[i].first, reports[i].second()};
    });
    if (inputs.rettifiche) outcome.outputs.push_back({"rettifiche.csv", report::rettifiche_csv(outcome.rettifiche)});
    stage_done(settings, "reports");

    RunOptions stored;
    stored.set("avviso", inputs.avviso.name);
    for (const auto& c : inputs.candidature) stored.add("candidature", c.name);
    stored.set("criteria", outcome.criteria.criteria.id);
    stored.set("criteria_file", outcome.criteria.file_name);
    stored.set("criteria_selection", outcome.criteria_explicit ? "explicit" : avviso.criteria_id ? "avviso" : "in_force");
    if (inputs.rettifiche) stored.set("rettifiche", inputs.rettifiche->name);
    stored.set("as_of", outcome.as_of.to_iso());
    stored.set("allow_unknown", settings.allow_unknown ? "1" : "0");
    outcome.options = stored.text();
    return outcome;
}

}  // namespace gradus::app

#include "gradus/app/art16_job.hpp"
#include "gradus/app/report_choice.hpp"

#include "gradus/app/run_options.hpp"
#include "gradus/art16/ranking.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/report/graduatoria_csv.hpp"
#include "gradus/report/graduatoria_html.hpp"
#include "gradus/report/graduatoria_xml.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/riesame_csv.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/avviso_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"
#include "gradus/xml/hashed_file.hpp"
#include "gradus/xml/rettifiche_reader.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
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
    std::string sha256;     // of the file's bytes as they were read
    std::string avviso_id;  // the avviso the file's candidature answer
};

// The records of a file answering another avviso are refused one by one, so a misplaced file
// cannot slip candidates into the wrong graduatoria.
void refuse_other_avvisi(Candidature& input, const std::string& avviso_id) {
    if (input.avviso_id == avviso_id) return;
    for (const auto& c : input.records) {
        input.issues.add({c.origin, c.protocol, "avviso", "avviso",
                          "the candidatura answers avviso '" + input.avviso_id + "', not '" + avviso_id + "'"});
    }
    input.records.clear();
}

void read_one(const InputDocument& file, const std::filesystem::path& schemas, Candidature& into) {
    if (!file.path.empty()) {
        into.sha256 =
            xml::read_candidature_file(file.path, file.name, schemas, into.records, into.issues, &into.avviso_id);
        return;
    }
    if (file.open) {
        xml::HashedFile input(file.open(), file.name);
        into.sha256 = xml::read_candidature_file(input, schemas, into.records, into.issues, &into.avviso_id);
        return;
    }
    xml::read_candidature_bytes(file.bytes, file.name, schemas, into.records, into.issues, &into.avviso_id);
    into.sha256 = sha256_hex(file.bytes);
}

// One parser per file, files in parallel; records and issues come back in the order of the files.
Candidature read_candidature(const std::vector<InputDocument>& files, const std::filesystem::path& schemas,
                             const std::string& avviso_id, Progress* progress, std::vector<std::string>& digests) {
    std::vector<Candidature> per_file(files.size());
    tbb::parallel_for(std::size_t{0}, files.size(), [&](std::size_t i) {
        read_one(files[i], schemas, per_file[i]);
        refuse_other_avvisi(per_file[i], avviso_id);
        if (progress) {
            progress->file_read(static_cast<std::int64_t>(per_file[i].records.size() + per_file[i].issues.size()));
        }
    });
    Candidature all;
    std::size_t total = 0;
    for (const auto& f : per_file) total += f.records.size();
    all.records.reserve(total);
    for (auto& f : per_file) {
        digests.push_back(std::move(f.sha256));
        all.records.insert(all.records.end(), std::make_move_iterator(f.records.begin()),
                           std::make_move_iterator(f.records.end()));
        std::vector<art16::Candidatura>().swap(f.records);  // freed now: the peak is one copy, not two
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
    check_report_choice(settings.reports, art16_report_names());
    const art16::Avviso avviso = xml::read_avviso_bytes(inputs.avviso.bytes, inputs.avviso.name, schemas);
    Art16Outcome outcome;
    Candidature input =
        read_candidature(inputs.candidature, schemas, avviso.id, settings.progress, outcome.candidature_sha256);
    stage_done(settings, "parse");

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
        outcome.riesame = true;
    }

    art16::RankOptions options;
    options.allow_unknown_parameters = settings.allow_unknown;
    options.keep_trails = false;  // the reports rebuild each trail as they write it (explanation_of)
    outcome.records_read = input.records.size() + input.issues.size();
    outcome.graduatoria = art16::rank(avviso, outcome.criteria.criteria, std::move(input.records), options);
    outcome.issues = std::move(input.issues);
    stage_done(settings, "rank");

    RunOptions stored;
    stored.set("avviso", inputs.avviso.name);
    for (const auto& c : inputs.candidature) stored.add("candidature", c.name);
    stored.set("criteria", outcome.criteria.criteria.id);
    stored.set("criteria_file", outcome.criteria.file_name);
    stored.set("criteria_selection", outcome.criteria_explicit ? "explicit" : avviso.criteria_id ? "avviso" : "in_force");
    if (inputs.rettifiche) stored.set("rettifiche", inputs.rettifiche->name);
    stored.set("as_of", outcome.as_of.to_iso());
    stored.set("allow_unknown", settings.allow_unknown ? "1" : "0");
    for (const auto& r : settings.reports) stored.add("report", r);  // absent: every report
    outcome.reports = settings.reports;
    outcome.options = stored.text();
    return outcome;
}

const std::vector<std::string>& art16_report_names() {
    static const std::vector<std::string> names{"graduatoria.xml", "graduatoria.csv", "graduatoria.html",
                                                "pubblica.csv", "pubblica.html"};
    return names;
}

std::vector<OutputDocument> art16_documents(const Art16Outcome& outcome) {
    const auto& g = outcome.graduatoria;
    const report::ReportContext context{outcome.criteria.file_name, outcome.criteria.sha256, engine_version, ""};
    const std::vector<OutputDocument> reports{
        {"graduatoria.xml", [&g, context](ByteSink& s) { report::graduatoria_xml(g, context, s); }},
        {"graduatoria.csv", [&g, context](ByteSink& s) { report::graduatoria_csv(g, context, s); }},
        {"graduatoria.html", [&g, context](ByteSink& s) { report::graduatoria_html(g, context, s); }},
        {"pubblica.csv", [&g, context](ByteSink& s) { report::pubblica_csv(g, context, s); }},
        {"pubblica.html", [&g, context](ByteSink& s) { report::pubblica_html(g, context, s); }},
    };
    std::vector<OutputDocument> documents;
    for (const auto& r : reports) {
        if (report_chosen(outcome.reports, r.name)) documents.push_back(r);
    }
    documents.push_back({"scarti.csv", [&outcome](ByteSink& s) { s.write(report::issues_csv(outcome.issues)); }});
    if (outcome.riesame) {
        documents.push_back(
            {"rettifiche.csv", [&outcome](ByteSink& s) { s.write(report::rettifiche_csv(outcome.rettifiche)); }});
    }
    return documents;
}

}  // namespace gradus::app

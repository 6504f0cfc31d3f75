#include "gradus/app/mirato_job.hpp"

#include "gradus/app/run_options.hpp"
#include "gradus/cm/ranking.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/mirato_reports.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/hashed_file.hpp"
#include "gradus/xml/mirato_reader.hpp"

namespace gradus::app {
namespace {

void refuse_applications(const cm::Graduatoria& g, IssueLog& issues) {
    for (const auto& r : g.refused_applications) {
        issues.add({r.application.origin, r.application.person, "adesione", r.reason_code, r.reason});
    }
}

// The lists from their file or their stored copy as it is parsed, else from the bytes held.
xml::ElencoIscritti read_lists(const InputDocument& file, const std::filesystem::path& schemas, MiratoOutcome& outcome) {
    if (!file.path.empty()) {
        return xml::read_iscritti_file(file.path, file.name, schemas, outcome.issues, outcome.iscritti_sha256);
    }
    if (file.open) {
        xml::HashedFile input(file.open(), file.name);
        return xml::read_iscritti_file(input, schemas, outcome.issues, outcome.iscritti_sha256);
    }
    outcome.iscritti_sha256 = sha256_hex(file.bytes);
    return xml::read_iscritti_bytes(file.bytes, file.name, schemas, outcome.issues);
}

}  // namespace

MiratoOutcome run_mirato(const MiratoInputs& inputs, const MiratoSettings& settings,
                         const std::vector<criteria::LoadedCriteria>& catalogue, const std::filesystem::path& schemas) {
    MiratoOutcome outcome;
    xml::ElencoIscritti elenco = read_lists(inputs.iscritti, schemas, outcome);
    outcome.province = elenco.province;
    std::optional<cm::Chiamata> call;
    if (inputs.adesioni) {
        call = xml::read_adesioni_bytes(inputs.adesioni->bytes, inputs.adesioni->name, schemas, outcome.issues);
        if (settings.reference_date && *settings.reference_date != call->publication) {
            throw ConfigError("a per-call graduatoria is computed at the call's publication (" +
                              call->publication.to_iso() + "), not at " + settings.reference_date->to_iso());
        }
    } else if (!settings.reference_date) {
        throw ConfigError("the annual graduatoria needs a reference date (--data-riferimento)");
    }
    const Date reference = call ? call->publication : *settings.reference_date;

    outcome.criteria_explicit = settings.explicit_criteria.has_value();
    outcome.criteria = settings.explicit_criteria
                           ? *settings.explicit_criteria
                           : criteria::select_criteria(catalogue, elenco.region_code,
                                                       criteria::procedure_collocamento_mirato, reference);

    cm::RankOptions options;
    options.allow_unknown_parameters = settings.allow_unknown;
    options.public_employer = settings.public_employer;
    options.keep_trails = false;  // the reports rebuild each trail as they write it (explanation_of)
    const std::size_t people_refused = outcome.issues.size();
    outcome.records_read = elenco.iscritti.size() + people_refused;
    outcome.graduatoria = call ? cm::rank_call(outcome.criteria.criteria, std::move(elenco.iscritti), *call, options)
                               : cm::rank_annual(outcome.criteria.criteria, std::move(elenco.iscritti), reference, options);
    refuse_applications(outcome.graduatoria, outcome.issues);

    const auto& g = outcome.graduatoria;
    RunOptions stored;
    stored.set("iscritti", inputs.iscritti.name);
    if (inputs.adesioni) stored.set("adesioni", inputs.adesioni->name);
    stored.set("modalita", std::string(cm::to_string(g.mode)));
    stored.set("criteria", outcome.criteria.criteria.id);
    stored.set("criteria_file", outcome.criteria.file_name);
    stored.set("criteria_selection", outcome.criteria_explicit ? "explicit" : "in_force");
    stored.set("data_riferimento", reference.to_iso());
    stored.set("allow_unknown", settings.allow_unknown ? "1" : "0");
    stored.set("datori_pubblici", settings.public_employer ? "1" : "0");
    outcome.options = stored.text();
    return outcome;
}

std::vector<OutputDocument> mirato_documents(const MiratoOutcome& outcome) {
    const cm::Graduatoria& g = outcome.graduatoria;
    const report::ReportContext context{outcome.criteria.file_name, outcome.criteria.sha256, std::string(engine_version), ""};
    const IssueLog& issues = outcome.issues;
    return {
        {"graduatoria.xml", [&g, context](ByteSink& out) { report::mirato_graduatoria_xml(g, context, out); }},
        {"graduatoria.csv", [&g, context](ByteSink& out) { report::mirato_graduatoria_csv(g, context, out); }},
        {"graduatoria.html", [&g, context](ByteSink& out) { report::mirato_graduatoria_html(g, context, out); }},
        {"pubblica.csv", [&g](ByteSink& out) { report::mirato_pubblica_csv(g, out); }},
        {"pubblica.html", [&g, context](ByteSink& out) { report::mirato_pubblica_html(g, context, out); }},
        {"scarti.csv", [&issues](ByteSink& out) { out.write(report::issues_csv(issues)); }},
    };
}

}  // namespace gradus::app

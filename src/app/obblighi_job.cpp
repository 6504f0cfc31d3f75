#include "gradus/app/obblighi_job.hpp"

#include "gradus/app/report_choice.hpp"
#include "gradus/app/run_options.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/l68/selection.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/prospetto_reader.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>

namespace gradus::app {
namespace {

l68::ReferenceData parse_reference(const std::vector<NamedBytes>& files) {
    const auto bytes_of = [&](const std::string& name) -> const std::string& {
        for (const auto& f : files) {
            if (f.name == name) return f.bytes;
        }
        throw ConfigError("reference data file data/l68/" + name + " is missing");
    };
    l68::ReferenceData data;
    data.categories = l68::ExcludedCategories::parse(bytes_of("categorie-escluse.csv"), "data/l68/categorie-escluse.csv");
    data.amounts = l68::Amounts::parse(bytes_of("importi.csv"), "data/l68/importi.csv");
    data.comuni = l68::Comuni::parse(bytes_of("comuni.csv"), "data/l68/comuni.csv");
    return data;
}

void read_all(const ObblighiInputs& inputs, const std::filesystem::path& schemas, Progress* progress,
              ObblighiOutcome& o, RunOptions& stored) {
    struct PerFile {
        std::optional<l68::Prospetto> prospetto;
        IssueLog unreadable;  // a file inputs.read could not read
        IssueLog issues;
    };
    const xml::CheckedSchema schema = xml::prospetto_schema(schemas);
    std::vector<PerFile> per_file(inputs.prospetti.size());
    o.file_sha256.assign(inputs.prospetti.size(), std::string());
    tbb::parallel_for(std::size_t{0}, inputs.prospetti.size(), [&](std::size_t i) {
        const auto& file = inputs.prospetti[i];
        auto& f = per_file[i];
        std::string read;
        if (inputs.read) {
            try {
                read = inputs.read(i);
            } catch (const InputError& e) {
                f.unreadable.add(e.issue());
                return;
            }
        }
        const std::string_view bytes = inputs.read ? std::string_view(read) : std::string_view(file.bytes);
        o.file_sha256[i] = sha256_hex(bytes);
        f.prospetto = xml::read_prospetto_bytes(bytes, file.name, schema, f.issues);
        if (f.prospetto) {
            f.prospetto->file = file.name;
            f.prospetto->sha256 = o.file_sha256[i];
        }
        if (progress) progress->file_read(1);
    });
    // The same order as when every file was read first: the unreadable ones, then the others.
    o.report.scarti.append(inputs.unreadable);
    o.refused = inputs.unreadable.size();
    for (std::size_t i = 0; i < per_file.size(); ++i) {
        o.report.scarti.append(per_file[i].unreadable);
        o.refused += per_file[i].unreadable.size();
        if (per_file[i].unreadable.empty()) stored.add("prospetto", inputs.prospetti[i].name);
    }
    o.prospetti.reserve(static_cast<std::size_t>(
        std::count_if(per_file.begin(), per_file.end(), [](const PerFile& f) { return f.prospetto.has_value(); })));
    for (auto& f : per_file) {
        if (f.prospetto) o.prospetti.push_back(std::move(*f.prospetto));
        o.report.scarti.append(f.issues);
        o.refused += f.issues.size();
    }
}

bool has_province(const l68::Prospetto& p, const std::optional<std::string>& provincia) {
    if (!provincia) return true;
    return std::any_of(p.provinces.begin(), p.provinces.end(),
                       [&](const l68::ProvincialDetail& d) { return d.provincia == *provincia; });
}

// Recomputes every counted prospetto in parallel, then drops its quadri 2 and 3 (the reports read
// only its header), so that the memory one prospetto frees serves the next one's assessment. One
// that cannot be computed joins the scarti. Returns the counted prospetti of the province asked for.
std::vector<std::size_t> assess_all(ObblighiOutcome& o, const l68::Selection& selection, const l68::ReferenceData& data,
                                    const ObblighiSettings& settings) {
    o.assessments.resize(o.prospetti.size());
    std::vector<std::optional<InputIssue>> failed(o.prospetti.size());
    std::vector<char> shown(o.prospetti.size(), 0);
    tbb::parallel_for(std::size_t{0}, selection.counted.size(), [&](std::size_t k) {
        const std::size_t i = selection.counted[k];
        l68::Prospetto& p = o.prospetti[i];
        try {
            o.assessments[i] = l68::assess(p, data, settings.as_of);
        } catch (const InputError& e) {
            InputIssue issue = e.issue();
            issue.where.file = p.file;
            issue.record = p.codice_comunicazione;
            failed[i] = std::move(issue);
        }
        shown[i] = has_province(p, settings.provincia) ? 1 : 0;
        p.provinces = {};
        p.declared_national.reset();
        p.declared_provinces = {};
    });
    std::vector<std::size_t> counted;
    for (const std::size_t i : selection.counted) {
        if (failed[i]) {
            o.report.scarti.add(std::move(*failed[i]));
            ++o.refused;
        } else if (shown[i] != 0) {
            counted.push_back(i);
        }
    }
    return counted;
}

}  // namespace

ObblighiOutcome::~ObblighiOutcome() {
    try {
        tbb::parallel_for(std::size_t{0}, prospetti.size(), [this](std::size_t i) {
            prospetti[i] = l68::Prospetto{};
            if (i < assessments.size()) assessments[i].reset();
        });
    } catch (...) {
        // No memory for the tasks (a batch unwinding from bad_alloc): the members free the rest.
    }
}

std::unique_ptr<ObblighiOutcome> compute_obblighi(const ObblighiInputs& inputs, const ObblighiSettings& settings,
                                                  const std::filesystem::path& schemas) {
    const l68::ReferenceData data = parse_reference(inputs.reference);
    auto o = std::make_unique<ObblighiOutcome>();
    o->report = report::ObblighiReport{settings.as_of, settings.provincia, {}, {}, std::string(engine_version)};
    check_report_choice(settings.reports, obblighi_report_names());
    RunOptions stored;
    stored.set("as_of", settings.as_of.to_iso());
    stored.set("provincia", settings.provincia.value_or(""));
    for (const auto& r : settings.reports) stored.add("report", r);  // absent: every report
    o->reports = settings.reports;
    read_all(inputs, schemas, settings.progress, *o, stored);
    o->options = stored.text();
    if (settings.stage_done) settings.stage_done("parse");

    const l68::Selection selection = l68::select_counted(o->prospetti);
    o->superseded = selection.superseded.size();
    for (const auto& s : selection.superseded) {
        const l68::Prospetto& p = o->prospetti[s.index];
        o->report.scarti.add(InputIssue{{p.file, 0, 0}, p.codice_comunicazione, "", "selezione", s.reason});
    }
    for (const std::size_t i : assess_all(*o, selection, data, settings)) {
        o->report.entries.push_back({&o->prospetti[i], &*o->assessments[i]});
    }
    std::sort(o->report.entries.begin(), o->report.entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.prospetto->codice_fiscale, a.prospetto->codice_comunicazione) <
               std::tie(b.prospetto->codice_fiscale, b.prospetto->codice_comunicazione);
    });
    if (settings.stage_done) settings.stage_done("assess");
    return o;
}

const std::vector<std::string>& obblighi_report_names() {
    static const std::vector<std::string> names{"obblighi.csv", "discrepanze.csv", "ritardi.csv", "obblighi.xml",
                                                "obblighi.html"};
    return names;
}

std::vector<OutputDocument> obblighi_documents(const ObblighiOutcome& outcome) {
    const auto& rep = outcome.report;
    const auto chosen = [&outcome](std::string_view name) { return report_chosen(outcome.reports, name); };
    std::vector<OutputDocument> documents;
    if (chosen("obblighi.csv")) documents.push_back({"obblighi.csv", [&rep](ByteSink& out) { report::obblighi_csv(rep, out); }});
    if (chosen("discrepanze.csv")) {
        documents.push_back({"discrepanze.csv", [&rep](ByteSink& out) { report::discrepanze_csv(rep, out); }});
    }
    if (chosen("ritardi.csv")) documents.push_back({"ritardi.csv", [&rep](ByteSink& out) { report::ritardi_csv(rep, out); }});
    documents.push_back({"scarti.csv", [&rep](ByteSink& out) { out.write(report::issues_csv(rep.scarti)); }});
    if (chosen("obblighi.xml")) documents.push_back({"obblighi.xml", [&rep](ByteSink& out) { report::obblighi_xml(rep, out); }});
    if (chosen("obblighi.html")) {
        documents.push_back({"obblighi.html", [&rep](ByteSink& out) { report::obblighi_html(rep, out); }});
    }
    return documents;
}

}  // namespace gradus::app

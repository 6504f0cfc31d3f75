#include "gradus/app/obblighi_job.hpp"

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
              ObblighiOutcome& o) {
    struct PerFile {
        std::optional<l68::Prospetto> prospetto;
        IssueLog issues;
    };
    std::vector<PerFile> per_file(inputs.prospetti.size());
    tbb::parallel_for(std::size_t{0}, inputs.prospetti.size(), [&](std::size_t i) {
        const auto& file = inputs.prospetti[i];
        auto& f = per_file[i];
        f.prospetto = xml::read_prospetto_bytes(file.bytes, file.name, schemas, f.issues);
        if (f.prospetto) {
            f.prospetto->file = file.name;
            f.prospetto->sha256 = sha256_hex(file.bytes);
        }
        if (progress) progress->file_read(1);
    });
    o.report.scarti.append(inputs.unreadable);
    o.refused = inputs.unreadable.size();
    for (auto& f : per_file) {
        if (f.prospetto) o.prospetti.push_back(std::move(*f.prospetto));
        o.report.scarti.append(f.issues);
        o.refused += f.issues.size();
    }
}

// Recomputes every counted prospetto in parallel; one that cannot be computed joins the scarti.
std::vector<std::size_t> assess_all(ObblighiOutcome& o, const l68::Selection& selection, const l68::ReferenceData& data,
                                    const Date& as_of) {
    o.assessments.resize(o.prospetti.size());
    std::vector<std::optional<InputIssue>> failed(o.prospetti.size());
    tbb::parallel_for(std::size_t{0}, selection.counted.size(), [&](std::size_t k) {
        const std::size_t i = selection.counted[k];
        try {
            o.assessments[i] = l68::assess(o.prospetti[i], data, as_of);
        } catch (const InputError& e) {
            InputIssue issue = e.issue();
            issue.where.file = o.prospetti[i].file;
            issue.record = o.prospetti[i].codice_comunicazione;
            failed[i] = std::move(issue);
        }
    });
    std::vector<std::size_t> counted;
    for (const std::size_t i : selection.counted) {
        if (failed[i]) {
            o.report.scarti.add(std::move(*failed[i]));
            ++o.refused;
        } else {
            counted.push_back(i);
        }
    }
    return counted;
}

bool has_province(const l68::Prospetto& p, const std::optional<std::string>& provincia) {
    if (!provincia) return true;
    return std::any_of(p.provinces.begin(), p.provinces.end(),
                       [&](const l68::ProvincialDetail& d) { return d.provincia == *provincia; });
}

}  // namespace

std::unique_ptr<ObblighiOutcome> run_obblighi(const ObblighiInputs& inputs, const ObblighiSettings& settings,
                                              const std::filesystem::path& schemas) {
    const l68::ReferenceData data = parse_reference(inputs.reference);
    auto o = std::make_unique<ObblighiOutcome>();
    o->report = report::ObblighiReport{settings.as_of, settings.provincia, {}, {}, std::string(engine_version)};
    read_all(inputs, schemas, settings.progress, *o);

    const l68::Selection selection = l68::select_counted(o->prospetti);
    o->superseded = selection.superseded.size();
    for (const auto& s : selection.superseded) {
        const l68::Prospetto& p = o->prospetti[s.index];
        o->report.scarti.add(InputIssue{{p.file, 0, 0}, p.codice_comunicazione, "", "selezione", s.reason});
    }
    for (const std::size_t i : assess_all(*o, selection, data, settings.as_of)) {
        if (has_province(o->prospetti[i], settings.provincia)) {
            o->report.entries.push_back({&o->prospetti[i], &*o->assessments[i]});
        }
    }
    std::sort(o->report.entries.begin(), o->report.entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.prospetto->codice_fiscale, a.prospetto->codice_comunicazione) <
               std::tie(b.prospetto->codice_fiscale, b.prospetto->codice_comunicazione);
    });

    const auto& rep = o->report;
    o->outputs = {
        {"obblighi.csv", report::obblighi_csv(rep)}, {"discrepanze.csv", report::discrepanze_csv(rep)},
        {"ritardi.csv", report::ritardi_csv(rep)},   {"scarti.csv", report::issues_csv(rep.scarti)},
        {"obblighi.xml", report::obblighi_xml(rep)}, {"obblighi.html", report::obblighi_html(rep)},
    };

    RunOptions stored;
    stored.set("as_of", settings.as_of.to_iso());
    stored.set("provincia", settings.provincia.value_or(""));
    for (const auto& f : inputs.prospetti) stored.add("prospetto", f.name);
    o->options = stored.text();
    return o;
}

}  // namespace gradus::app

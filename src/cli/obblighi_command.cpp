#include "obblighi_command.hpp"

#include "obblighi_inputs.hpp"
#include "obblighi_store.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/l68/selection.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/obblighi_report.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/version.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

struct Assessed {
    std::vector<std::size_t> counted;             // into the prospetti
    std::vector<std::optional<l68::Assessment>> by_prospetto;
};

// Recomputes every counted prospetto in parallel; one that cannot be computed joins the scarti.
Assessed assess_all(const std::vector<l68::Prospetto>& prospetti, const l68::Selection& selection,
                    const l68::ReferenceData& data, const Date& as_of, IssueLog& scarti) {
    Assessed a;
    a.by_prospetto.resize(prospetti.size());
    std::vector<std::optional<InputIssue>> failed(prospetti.size());
    tbb::parallel_for(std::size_t{0}, selection.counted.size(), [&](std::size_t k) {
        const std::size_t i = selection.counted[k];
        try {
            a.by_prospetto[i] = l68::assess(prospetti[i], data, as_of);
        } catch (const InputError& e) {
            InputIssue issue = e.issue();
            issue.where.file = prospetti[i].file;
            issue.record = prospetti[i].codice_comunicazione;
            failed[i] = std::move(issue);
        }
    });
    for (const std::size_t i : selection.counted) {
        if (failed[i]) scarti.add(std::move(*failed[i]));
        else a.counted.push_back(i);
    }
    return a;
}

bool has_province(const l68::Prospetto& p, const std::optional<std::string>& provincia) {
    if (!provincia) return true;
    return std::any_of(p.provinces.begin(), p.provinces.end(),
                       [&](const l68::ProvincialDetail& d) { return d.provincia == *provincia; });
}

std::string canonical_options(const ObblighiCommand::Options& o, const std::vector<ProspettoFile>& files) {
    std::string text = "as_of=" + o.as_of.to_iso() + "\n";
    text += "provincia=" + o.provincia.value_or("") + "\n";
    for (const auto& f : files) text += "prospetto=" + f.name + "\n";
    return text;
}

}  // namespace

std::string ObblighiCommand::summary() const {
    return "recompute L. 68/1999 obligations from UNIPI prospetti informativi and list shortfalls and amounts";
}

std::string ObblighiCommand::usage_line() const {
    return "gradus obblighi --prospetti DIR|FILE... --as-of DATE --out DIR [--provincia NNN]";
}

void ObblighiCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("prospetti", po::value(&m_options.prospetti)->multitoken()->required(), "folders (every *.xml, recursively) or files of prospetti UNIPI")
        ("as-of", po::value(&m_as_of_text)->required(), "date YYYY-MM-DD up to which amounts are computed")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("provincia", po::value(&m_provincia_text), "only this province (3-digit ISTAT code, e.g. 058)")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store");
    m_common.declare(options);
}

void ObblighiCommand::validate(const po::variables_map&) {
    m_common.validate();
    const auto d = Date::try_parse_iso(m_as_of_text);
    if (!d) throw UsageError("--as-of must be a date YYYY-MM-DD, not '" + m_as_of_text + "'");
    m_options.as_of = *d;
    if (!m_provincia_text.empty()) {
        if (m_provincia_text.size() != 3 || m_provincia_text.find_first_not_of("0123456789") != std::string::npos) {
            throw UsageError("--provincia must be a 3-digit ISTAT code such as 058, not '" + m_provincia_text + "'");
        }
        m_options.provincia = m_provincia_text;
    }
}

int ObblighiCommand::run(std::ostream& out, std::ostream& err) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();

    const ReferenceFiles reference = read_reference_data(m_common.resolved_data_dir());
    ProspettiInput input = read_prospetti(prospetto_paths(m_options.prospetti), m_common.schema_dir());

    report::ObblighiReport rep{m_options.as_of, m_options.provincia, {}, input.refused, std::string(engine_version)};
    const l68::Selection selection = l68::select_counted(input.prospetti);
    for (const auto& s : selection.superseded) {
        const l68::Prospetto& p = input.prospetti[s.index];
        rep.scarti.add(InputIssue{{p.file, 0, 0}, p.codice_comunicazione, "", "selezione", s.reason});
    }
    const Assessed assessed = assess_all(input.prospetti, selection, reference.data, m_options.as_of, rep.scarti);
    for (const std::size_t i : assessed.counted) {
        if (has_province(input.prospetti[i], m_options.provincia)) {
            rep.entries.push_back({&input.prospetti[i], &*assessed.by_prospetto[i]});
        }
    }
    std::sort(rep.entries.begin(), rep.entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.prospetto->codice_fiscale, a.prospetto->codice_comunicazione) <
               std::tie(b.prospetto->codice_fiscale, b.prospetto->codice_comunicazione);
    });

    const std::vector<std::pair<std::string, std::string>> outputs = {
        {"obblighi.csv", report::obblighi_csv(rep)},       {"discrepanze.csv", report::discrepanze_csv(rep)},
        {"ritardi.csv", report::ritardi_csv(rep)},         {"scarti.csv", report::issues_csv(rep.scarti)},
        {"obblighi.xml", report::obblighi_xml(rep)},       {"obblighi.html", report::obblighi_html(rep)},
    };

    std::optional<std::int64_t> run_id;
    if (!m_options.no_store) {
        store::Store db(m_common.db);
        store::RunSpec spec{"l68-obblighi", std::string(engine_version), m_options.as_of,
                            canonical_options(m_options, input.files), {}};
        store::RunTransaction run(db, spec, started_at);
        for (const auto& f : input.files) run.add_input("prospetto", f.name, f.bytes);
        for (const auto& f : reference.files) run.add_input("dati", f.name, f.bytes);
        for (const auto& [name, bytes] : outputs) run.add_output("report", name, bytes);
        store_obblighi_rows(run, rep);
        run.commit(utc_timestamp_now());
        run_id = run.run_id();
    }

    std::filesystem::create_directories(m_options.out);
    for (const auto& [name, bytes] : outputs) write_file_atomically(std::filesystem::path(m_options.out) / name, bytes);

    if (!m_common.quiet) {
        out << "obblighi al " << m_options.as_of.to_iso() << ": " << rep.entries.size() << " prospetti considered, "
            << selection.superseded.size() << " superseded, " << rep.scarti.size() - selection.superseded.size()
            << " refused (of " << input.files.size() << " files read)\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / "obblighi.html").string() << " and "
            << outputs.size() - 1 << " more in " << m_options.out << "\n";
    }
    std::size_t refused = 0;
    for (const InputIssue& issue : rep.scarti.issues()) {
        if (issue.rule == "selezione") continue;
        err << "refused: " << issue.to_string() << "\n";
        ++refused;
    }
    return refused == 0 ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

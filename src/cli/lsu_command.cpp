#include "lsu_command.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/lsu_reports.hpp"
#include "gradus/core/codice_fiscale.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/version.hpp"
#include "gradus/xml/lsu_project_reader.hpp"
#include "gradus/xml/lsu_rules_reader.hpp"

#include <algorithm>
#include <optional>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

// One service per verified person (LEP L, the SAP code the rule set names), "terminata" on the
// day of the checks; a record whose codice fiscale is invalid cannot name a person and is left out.
void record_services(store::Ledger& ledger, std::int64_t run_id, const std::string& office,
                     const report::LsuReportInput& in, std::string_view recorded_at) {
    const std::string sap = in.rules.service.sap_code.known() ? in.rules.service.sap_code.value() : "";
    for (const auto& r : in.verification.results) {
        const auto& c = in.records.candidates[r.candidate];
        if (!CodiceFiscale::is_valid(c.codice_fiscale)) continue;
        services::ServiceEvent e;
        e.subject_code = c.codice_fiscale;
        e.office = office;
        e.service = in.rules.service.lep;
        e.sap_code = sap;
        e.event = services::SapEvent::terminata;
        e.event_date = in.as_of;
        e.proposed = e.started = e.ended = in.as_of;
        e.outcome = "verifica LSU progetto " + in.project.id + ": " + std::string(lsu::to_string(r.outcome));
        e.run_id = run_id;
        ledger.append(e, recorded_at);
    }
}


struct LoadedFile {
    std::string name;
    std::string bytes;
    std::string sha256;
};

LoadedFile load(const std::filesystem::path& file) {
    std::string bytes = read_file(file);
    std::string hash = sha256_hex(bytes);
    return {file.filename().string(), std::move(bytes), std::move(hash)};
}

struct ChosenRules {
    LoadedFile file;
    lsu::RuleSet rules;
};

// The rule set of the project's regime in force on `as_of`, among criteria/lsu/regole-*.xml.
ChosenRules choose_rules(const std::filesystem::path& dir, const std::filesystem::path& schemas, lsu::Regime regime,
                         const Date& as_of) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.rfind("regole-", 0) == 0 && entry.path().extension() == ".xml") {
            files.push_back(entry.path());
        }
    }
    if (ec) throw ConfigError(dir.string() + ": cannot list the LSU rule sets: " + ec.message());
    std::sort(files.begin(), files.end());
    std::optional<ChosenRules> chosen;
    for (const auto& f : files) {
        LoadedFile file = load(f);
        lsu::RuleSet rules = xml::read_lsu_rules(file.bytes, f.string(), schemas);
        if (rules.regime != regime || !rules.in_force_on(as_of)) continue;
        if (chosen) {
            throw ConfigError("two LSU rule sets for " + std::string(lsu::to_string(regime)) + " are in force on " +
                              as_of.to_iso() + ": " + chosen->file.name + " and " + file.name);
        }
        chosen = ChosenRules{std::move(file), std::move(rules)};
    }
    if (!chosen) {
        throw ConfigError("no LSU rule set in " + dir.string() + " for " + std::string(lsu::to_string(regime)) +
                          " is in force on " + as_of.to_iso());
    }
    return std::move(*chosen);
}

std::string canonical_options(const LsuCommand::Options& o, const ChosenRules& rules, const LoadedFile& table) {
    return "progetto=" + std::filesystem::path(o.progetto).filename().string() + "\nregole=" + rules.rules.id +
           "\nregole_selection=" + (o.rules_file.empty() ? "in_force" : "explicit") + "\ncompatibilita=" + table.name +
           "\nas_of=" + o.as_of.to_iso() + "\n";
}

}  // namespace

std::string LsuCommand::summary() const {
    return "check the candidates of an LSU / pubblica utilità project (LEP L) and write the list for the body";
}

std::string LsuCommand::usage_line() const {
    return "gradus lsu --progetto FILE --as-of DATE --out DIR [--regole FILE] [--compatibilita FILE]";
}

void LsuCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("progetto", po::value(&m_options.progetto)->required(), "the project XML, with candidates, BDP and CO extracts")
        ("as-of", po::value(&m_as_of_text)->required(), "date of the checks YYYY-MM-DD; chooses the rule set in force")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("regole", po::value(&m_options.rules_file), "rule set to apply (default: the regime's one in force)")
        ("compatibilita", po::value(&m_options.compatibility_file), "table of compatible qualifiche and mansioni")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store")
        ("ufficio", po::value(&m_office_text), "the CPI's codice ente (11 characters): record a service (LEP L, SAP C06) per verified person in the ledger");
    m_common.declare(options);
}

void LsuCommand::validate(const po::variables_map&) {
    m_common.validate();
    const auto d = Date::try_parse_iso(m_as_of_text);
    if (!d) throw UsageError("--as-of must be a date YYYY-MM-DD, not '" + m_as_of_text + "'");
    m_options.as_of = *d;
    if (!m_office_text.empty()) {
        if (m_office_text.size() != 11) throw UsageError("--ufficio must be the 11-character codice ente of the CPI");
        if (m_options.no_store) throw UsageError("--ufficio records services in the store: it does not go with --no-store");
        m_options.office = m_office_text;
    }
}

int LsuCommand::run(std::ostream& out, std::ostream& err) {
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();
    const LoadedFile progetto = load(m_options.progetto);
    lsu::Records records;
    IssueLog issues;
    const lsu::Project project = xml::read_lsu_project(progetto.bytes, m_options.progetto, schemas, records, issues);

    const auto lsu_dir = m_common.criteria_dir() / "lsu";
    ChosenRules chosen;
    if (m_options.rules_file.empty()) {
        chosen = choose_rules(lsu_dir, schemas, project.regime, m_options.as_of);
    } else {
        chosen.file = load(m_options.rules_file);
        chosen.rules = xml::read_lsu_rules(chosen.file.bytes, m_options.rules_file, schemas);
        if (chosen.rules.regime != project.regime) {
            throw ConfigError(m_options.rules_file + " is for " + std::string(lsu::to_string(chosen.rules.regime)) +
                              ", the project is " + std::string(lsu::to_string(project.regime)));
        }
    }
    const std::filesystem::path table_path = m_options.compatibility_file.empty()
                                                 ? lsu_dir / "compatibilita-qualifiche.xml"
                                                 : std::filesystem::path(m_options.compatibility_file);
    const LoadedFile table_file = load(table_path);
    const lsu::CompatibilityTable table = xml::read_lsu_compatibility(table_file.bytes, table_path.string(), schemas);

    const lsu::ProjectVerification v = lsu::verify_project(project, chosen.rules, table, records);

    std::optional<store::Store> db;
    std::optional<store::Ledger> ledger;
    std::optional<store::RunTransaction> run;
    if (!m_options.no_store) {
        db.emplace(m_common.db);
        if (m_options.office) ledger.emplace(*db);
        const store::RunSpec spec{"lsu-verifica", engine_version, m_options.as_of,
                                  canonical_options(m_options, chosen, table_file), {}};
        run.emplace(*db, spec, started_at);
        run->add_input("progetto", progetto.name, progetto.bytes);
        run->add_input("regole", chosen.file.name, chosen.file.bytes);
        run->add_input("compatibilita", table_file.name, table_file.bytes);
    }
    const report::LsuReportInput in{project,          chosen.rules,        records,
                                    v,                m_options.as_of,     chosen.file.name,
                                    chosen.file.sha256, run ? std::to_string(run->run_id()) : std::string()};
    const std::vector<std::pair<std::string, std::string>> outputs = {
        {"lsu-ente.csv", report::lsu_ente_csv(in)},         {"lsu-ente.html", report::lsu_ente_html(in)},
        {"lsu-verifica.csv", report::lsu_verifica_csv(in)}, {"lsu-verifica.html", report::lsu_verifica_html(in)},
        {"lsu-proroghe.csv", report::lsu_proroghe_csv(in)}, {"lsu-servizi.csv", report::lsu_servizi_csv(in)},
        {"scarti.csv", report::issues_csv(issues)},
    };
    if (run) {
        for (const auto& [name, bytes] : outputs) run->add_output("report", name, bytes);
        if (ledger) record_services(*ledger, run->run_id(), *m_options.office, in, utc_timestamp_now());
        run->commit(utc_timestamp_now());
    }

    std::filesystem::create_directories(m_options.out);
    for (const auto& [name, bytes] : outputs) {
        // Every output names people by codice fiscale: owner-only, the body's list included.
        write_file_atomically(std::filesystem::path(m_options.out) / name, bytes, FileAccess::owner_only);
    }

    std::size_t counts[3] = {0, 0, 0};
    for (const auto& r : v.results) ++counts[static_cast<int>(r.outcome)];
    if (run) m_result.run_id = run->run_id();
    m_result.count("idonei", static_cast<std::int64_t>(counts[0]));
    m_result.count("non_idonei", static_cast<std::int64_t>(counts[1]));
    m_result.count("da_verificare", static_cast<std::int64_t>(counts[2]));
    m_result.count("rejected", static_cast<std::int64_t>(issues.size()));
    m_result.output("lsu_ente_html", std::filesystem::path(m_options.out) / "lsu-ente.html");
    m_result.output("lsu_verifica_html", std::filesystem::path(m_options.out) / "lsu-verifica.html");
    m_result.output("folder", m_options.out);
    if (!m_common.quiet) {
        out << "progetto " << project.id << " (" << lsu::to_string(project.regime) << "): " << counts[0]
            << " idonei, " << counts[1] << " non idonei, " << counts[2] << " da verificare, " << issues.size()
            << " records rejected\n"
            << "rules: " << chosen.rules.id << " (" << chosen.file.name << ", sha256 " << chosen.file.sha256 << ")\n";
        if (run) out << "run: " << run->run_id() << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / "lsu-ente.html").string() << " and "
            << outputs.size() - 1 << " more in " << m_options.out << "\n";
    }
    for (const auto& issue : issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

#include "servizi_command.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/report/issues_csv.hpp"
#include "gradus/report/servizi_csv.hpp"
#include "gradus/report/servizi_html.hpp"
#include "gradus/report/servizi_sap_xml.hpp"
#include "gradus/services/identificativo_politica.hpp"
#include "gradus/services/office_report.hpp"
#include "gradus/services/section6.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/xml/lep_catalogue_reader.hpp"
#include "gradus/xml/lep_parameters_reader.hpp"
#include "gradus/xml/servizi_erogati_reader.hpp"
#include "gradus/xml/servizi_eventi_reader.hpp"
#include "gradus/version.hpp"

#include <map>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {

namespace {

constexpr const char* catalogue_file = "catalogo-dm4-2018.xml";
constexpr const char* parameters_file = "parametri-dlgs150-2015.xml";

// Appends the services given in `files` to the ledger as one run; bad records go to `issues`.
std::size_t record_given(store::Store& db, store::Ledger& ledger, const services::Catalogue& catalogue,
                         const std::vector<std::string>& files, const Date& as_of,
                         const std::filesystem::path& schemas, IssueLog& issues) {
    store::RunTransaction run(db, {"servizi-registra", engine_version, as_of, "registra", std::nullopt}, utc_timestamp_now());
    std::size_t recorded = 0;
    for (const std::string& file : files) {
        const std::string bytes = read_file(file);
        run.add_input("servizi", std::filesystem::path(file).filename().string(), bytes);
        std::vector<services::ServiceEvent> given;
        xml::read_servizi_erogati(bytes, file, schemas, given, issues);
        for (services::ServiceEvent& e : given) {
            if (catalogue.service(e.service) == nullptr) {
                issues.add(InputIssue{{file, 0, 0}, e.subject_code, "lep", "catalogo", "unknown LEP service " + e.service});
                continue;
            }
            e.run_id = run.run_id();
            try {
                ledger.append(e, utc_timestamp_now());
                ++recorded;
            } catch (const InputError& error) {
                InputIssue issue = error.issue();
                issue.where.file = file;
                issues.add(std::move(issue));
            }
        }
    }
    run.commit(utc_timestamp_now());
    return recorded;
}

}  // namespace

ServiziData load_servizi_data(const CommonOptions& common, const std::vector<std::string>& eventi_files) {
    const auto lep_dir = common.criteria_dir() / "lep";
    const auto schemas = common.schema_dir();
    ServiziData data;
    const auto catalogue = lep_dir / catalogue_file;
    const auto parameters = lep_dir / parameters_file;
    data.catalogue = xml::read_lep_catalogue(read_file(catalogue), catalogue.string(), schemas);
    data.parameters = xml::read_lep_parameters(read_file(parameters), parameters.string(), schemas);
    for (const std::string& file : eventi_files) {
        xml::read_servizi_eventi(read_file(file), file, schemas, data.people, data.issues);
    }
    return data;
}

Date parse_as_of(const std::string& text) {
    const auto d = Date::try_parse_iso(text);
    if (!d) throw UsageError("--as-of must be a date YYYY-MM-DD, not '" + text + "'");
    return *d;
}

void ServiziCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("as-of", po::value(&m_as_of_text)->required(), "the day the report is for, YYYY-MM-DD")
        ("eventi", po::value(&m_eventi)->multitoken(), "person events XML (DID, NASpI claims, appointments)")
        ("registra", po::value(&m_given)->multitoken(), "services given XML to record in the ledger first, as one run")
        ("sistema", po::value(&m_system)->default_value(m_system),
         "SAP sending-system code for new identificativi (00 NCN, 01-21 regions)")
        ("out", po::value(&m_out)->required(), "folder for the reports (created if missing)");
    m_common.declare(options);
}

void ServiziCommand::validate(const po::variables_map&) {
    m_common.validate();
    m_as_of = parse_as_of(m_as_of_text);
    if (!services::is_sending_system(m_system)) {
        throw UsageError("--sistema must be a SAP sending-system code, not '" + m_system + "'");
    }
}

int ServiziCommand::run(std::ostream& out, std::ostream& err) {
    ServiziData data = load_servizi_data(m_common, m_eventi);
    store::Store db(m_common.db);
    store::Ledger ledger(db);
    const std::size_t recorded =
        m_given.empty() ? 0 : record_given(db, ledger, data.catalogue, m_given, m_as_of, m_common.schema_dir(), data.issues);
    const std::vector<services::RecordedEvent> events = ledger.up_to(m_as_of);

    const std::filesystem::path dir(m_out);
    std::filesystem::create_directories(dir);
    std::map<std::string, std::vector<services::ServiceCount>> by_office;
    for (auto& c : services::office_counts(data.parameters, data.people, events, m_as_of)) {
        by_office[c.office].push_back(std::move(c));
    }
    for (const auto& [office, counts] : by_office) {
        write_file_atomically(dir / ("servizi-" + office + ".csv"), report::servizi_csv(counts, data.catalogue),
                              FileAccess::owner_only);
        write_file_atomically(dir / ("servizi-" + office + ".html"),
                              report::servizi_html(office, m_as_of, counts, data.catalogue), FileAccess::owner_only);
    }

    std::vector<services::SubjectPolicy> exported;
    std::vector<report::PolicyProblems> problems;
    for (auto& sp : services::section6_policies(events, m_system)) {
        auto found = services::validate_policy(sp.policy, data.catalogue.lists(sp.service, sp.policy.tipo_attivita));
        const bool blocked = services::has_blocking(found);
        if (!found.empty()) problems.emplace_back(sp, std::move(found));
        if (!blocked) exported.push_back(std::move(sp));
    }
    write_file_atomically(dir / "sap-sezione6.xml", report::sap_section6_xml(exported, m_as_of), FileAccess::owner_only);
    write_file_atomically(dir / "sap-controlli.csv", report::sap_controls_csv(problems), FileAccess::owner_only);
    write_file_atomically(dir / "scarti.csv", report::issues_csv(data.issues), FileAccess::owner_only);

    m_result.count("recorded", static_cast<std::int64_t>(recorded));
    m_result.count("people", static_cast<std::int64_t>(data.people.size()));
    m_result.count("events", static_cast<std::int64_t>(events.size()));
    m_result.count("offices", static_cast<std::int64_t>(by_office.size()));
    m_result.count("rejected", static_cast<std::int64_t>(data.issues.size()));
    for (const auto& entry : by_office) {
        m_result.output("servizi_html_" + entry.first, dir / ("servizi-" + entry.first + ".html"));
    }
    m_result.output("folder", dir);
    if (!m_common.quiet) {
        if (!m_given.empty()) out << "registrati " << recorded << " servizi erogati\n";
        out << "servizi al " << m_as_of.to_iso() << ": " << data.people.size() << " persone dagli eventi, "
            << events.size() << " eventi nel registro, " << by_office.size() << " uffici\n";
        for (const auto& [office, counts] : by_office) {
            out << "  " << office << ":";
            for (const auto& c : counts) {
                out << " " << c.service << " " << services::to_string(c.state) << " " << c.people.size() << ";";
            }
            out << "\n";
        }
        out << "SAP sezione 6: " << exported.size() << " politiche esportate, " << problems.size()
            << " con segnalazioni (sap-controlli.csv)\n";
        out << "outputs in " << dir.string() << "\n";
    }
    for (const auto& issue : data.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return data.issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

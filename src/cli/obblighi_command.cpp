#include "obblighi_command.hpp"

#include "obblighi_inputs.hpp"

#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/app/report_choice.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/cli/output_folder.hpp"
#include "gradus/cli/stage_clock.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"

#include <filesystem>
#include <ostream>
#include <utility>
#include <vector>

namespace po = boost::program_options;

namespace gradus::cli {

std::string ObblighiCommand::summary() const {
    return "recompute L. 68/1999 obligations from UNIPI prospetti informativi and list shortfalls and amounts";
}

std::string ObblighiCommand::usage_line() const {
    return "gradus obblighi --prospetti DIR|FILE... --as-of DATE --out DIR [--provincia NNN] [--ufficio CODICE_ENTE]"
           " [--reports NAME...]";
}

void ObblighiCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("prospetti", po::value(&m_options.prospetti)->multitoken()->required(), "folders (every *.xml, recursively) or files of prospetti UNIPI")
        ("as-of", po::value(&m_as_of_text)->required(), "date YYYY-MM-DD up to which amounts are computed")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("provincia", po::value(&m_provincia_text), "only this province (3-digit ISTAT code, e.g. 058)")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store")
        ("reports", po::value(&m_options.reports)->multitoken(), "write only these reports (obblighi.csv, discrepanze.csv, ritardi.csv, obblighi.xml, obblighi.html; default all); scarti.csv is always written")
        ("ufficio", po::value(&m_office_text), "the CPI's codice ente (11 characters): record a service (LEP S) per firm in the ledger")
        ("timings", po::bool_switch(&m_options.timings), "print the seconds each stage took to the error stream");
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
    if (!m_office_text.empty()) {
        if (m_office_text.size() != 11) throw UsageError("--ufficio must be the 11-character codice ente of the CPI");
        if (m_options.no_store) throw UsageError("--ufficio records services in the store: it does not go with --no-store");
        m_options.office = m_office_text;
    }
    try {
        app::check_report_choice(m_options.reports, app::obblighi_report_names());
    } catch (const ConfigError& e) {
        throw UsageError(std::string("--reports: ") + e.what());
    }
}

int ObblighiCommand::run(std::ostream& out, std::ostream& err) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    StageClock clock;
    std::vector<std::filesystem::path> paths = prospetto_paths(m_options.prospetti);
    clock.mark("list");
    app::ObblighiSettings settings{m_options.as_of, m_options.provincia, &progress(), m_options.reports, {}};
    settings.stage_done = [&clock](std::string_view stage) { clock.mark(stage); };
    std::optional<std::int64_t> run_id;
    // Each file is read while it is parsed (and again when the run stores it), each output goes to
    // its file (and to the store) as it is rendered: a batch never holds them all. The files take
    // their names once the run is committed.
    const app::ObblighiInputs inputs = obblighi_inputs(std::move(paths), m_common.resolved_data_dir());
    const std::size_t files_read = inputs.prospetti.size();
    const std::unique_ptr<app::ObblighiOutcome> outcome = app::compute_obblighi(inputs, settings, m_common.schema_dir());
    const std::vector<app::OutputDocument> documents = app::obblighi_documents(*outcome);
    const std::size_t outputs = documents.size();
    OutputFolder folder(m_options.out);
    if (m_options.no_store) {
        app::render_copies(documents, folder);
        clock.mark("reports");
    } else {
        store::Store db(m_common.db);
        run_id = app::record_obblighi_run(db, inputs, *outcome, started_at, utc_timestamp_now(), m_options.office, &folder,
                                          [&clock](std::string_view stage) { clock.mark(stage); });
    }
    folder.publish();
    clock.mark("write");
    if (m_options.timings) err << clock.text() << "\n";

    m_result.run_id = run_id;
    m_result.count("files_read", static_cast<std::int64_t>(files_read));
    m_result.count("prospetti", static_cast<std::int64_t>(outcome->report.entries.size()));
    m_result.count("superseded", static_cast<std::int64_t>(outcome->superseded));
    m_result.count("rejected", static_cast<std::int64_t>(outcome->refused));
    const bool wrote_html = app::report_chosen(m_options.reports, "obblighi.html");
    if (wrote_html) m_result.output("obblighi_html", std::filesystem::path(m_options.out) / "obblighi.html");
    m_result.output("folder", m_options.out);
    if (!m_common.quiet) {
        out << "obblighi al " << m_options.as_of.to_iso() << ": " << outcome->report.entries.size()
            << " prospetti considered, " << outcome->superseded << " superseded, " << outcome->refused
            << " refused (of " << files_read << " files read)\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        if (run_id && m_options.office) {
            const auto firms = app::firm_services(outcome->report, *run_id, *m_options.office);
            out << "servizi: LEP S recorded for " << firms.events.size() << " firms";
            if (!firms.left_out.empty()) out << ", " << firms.left_out.size() << " left out (invalid partita IVA)";
            out << "\n";
        }
        if (wrote_html) {
            out << "outputs: " << (std::filesystem::path(m_options.out) / "obblighi.html").string() << " and "
                << outputs - 1 << " more in " << m_options.out << "\n";
        } else {
            out << "outputs: " << outputs << " in " << m_options.out << "\n";
        }
    }
    for (const InputIssue& issue : outcome->report.scarti.issues()) {
        if (issue.rule != "selezione") err << "refused: " << issue.to_string() << "\n";
    }
    return outcome->refused == 0 ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

#include "mirato_command.hpp"

#include "gradus/app/mirato_job.hpp"
#include "gradus/app/mirato_record.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

app::NamedBytes named_file(const std::string& path) {
    return {std::filesystem::path(path).filename().string(), read_file(path)};
}

}  // namespace

std::string MiratoCommand::summary() const {
    return "graduatoria of the collocamento mirato (L. 68/1999 art. 8): annual, or per call among the applicants";
}

std::string MiratoCommand::usage_line() const {
    return "gradus mirato --iscritti FILE (--data-riferimento DATE | --adesioni FILE) [--criteri FILE] --out DIR";
}

void MiratoCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("iscritti", po::value(&m_options.iscritti)->required(), "the lists of the province (XML, docs/mirato.md)")
        ("adesioni", po::value(&m_options.adesioni), "the applications to one call: a per-call graduatoria at the call's publication")
        ("data-riferimento", po::value(&m_date_text), "reference date YYYY-MM-DD of the annual graduatoria")
        ("criteri", po::value(&m_options.criteria_file), "criteria file (default: the region's version in force, from criteria/mirato/)")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("datori-pubblici", po::bool_switch(&m_options.public_employer), "graduatoria for avviamenti to public employers")
        ("allow-unknown", po::bool_switch(&m_options.allow_unknown), "rank even if the criteria mark a needed parameter unknown [N]")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store")
        ("ufficio", po::value(&m_office_text), "the CPI's codice ente (11 characters): record the registrations (LEP M1, SAP A01) in the ledger");
    m_common.declare(options);
}

void MiratoCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (!m_office_text.empty()) {
        if (m_office_text.size() != 11) throw UsageError("--ufficio must be the 11-character codice ente of the CPI");
        if (m_options.no_store) throw UsageError("--ufficio records services in the store: it does not go with --no-store");
        m_options.office = m_office_text;
    }
    if (!m_date_text.empty()) {
        const auto d = Date::try_parse_iso(m_date_text);
        if (!d) throw UsageError("--data-riferimento must be a date YYYY-MM-DD, not '" + m_date_text + "'");
        m_options.reference_date = *d;
    }
    if (m_options.adesioni.empty() == !m_options.reference_date.has_value()) {
        throw UsageError("give either --data-riferimento (annual graduatoria) or --adesioni (per-call graduatoria)");
    }
}

int MiratoCommand::run(std::ostream& out, std::ostream& err) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();

    app::MiratoInputs inputs{named_file(m_options.iscritti), std::nullopt};
    if (!m_options.adesioni.empty()) inputs.adesioni = named_file(m_options.adesioni);
    app::MiratoSettings settings;
    settings.reference_date = m_options.reference_date;
    settings.allow_unknown = m_options.allow_unknown;
    settings.public_employer = m_options.public_employer;
    std::vector<criteria::LoadedCriteria> catalogue;
    if (!m_options.criteria_file.empty()) {
        settings.explicit_criteria = xml::read_criteria_file(m_options.criteria_file, schemas);
    } else {
        catalogue = xml::read_criteria_dir(m_common.criteria_dir() / app::mirato_criteria_folder, schemas);
    }
    const app::MiratoOutcome outcome = app::run_mirato(inputs, settings, catalogue, schemas);

    std::optional<std::int64_t> run_id;
    if (!m_options.no_store) {
        store::Store db(m_common.db);
        run_id = app::record_mirato_run(db, inputs, outcome, started_at, utc_timestamp_now(), m_options.office);
    }
    write_graduatoria_files(m_options.out, outcome.outputs);

    const auto& g = outcome.graduatoria;
    if (!m_common.quiet) {
        out << "graduatoria collocamento mirato " << cm::to_string(g.mode) << " al " << g.reference_date.to_iso()
            << (g.call ? " (chiamata " + g.call->id + ")" : std::string()) << ": " << g.ranked.size() << " ranked, "
            << g.excluded.size() << " excluded, " << outcome.issues.size() << " records or applications rejected\n"
            << "criteria: " << outcome.criteria.criteria.id << " (" << outcome.criteria.file_name << ", sha256 "
            << outcome.criteria.sha256 << ")\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / "graduatoria.html").string() << " and "
            << outcome.outputs.size() - 1 << " more in " << m_options.out << "\n";
    }
    for (const auto& issue : outcome.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return outcome.issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

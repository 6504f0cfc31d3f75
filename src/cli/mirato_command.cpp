#include "mirato_command.hpp"

#include "gradus/app/mirato_avviamento.hpp"
#include "gradus/app/mirato_job.hpp"
#include "gradus/app/mirato_record.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/cli/output_folder.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"
#include "gradus/xml/criteria_reader.hpp"
#include "obblighi_inputs.hpp"

#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

app::NamedBytes named_file(const std::string& path) {
    return {std::filesystem::path(path).filename().string(), read_file(path)};
}

// The avviamento's inputs: every request file, every prospetto (folders searched for *.xml) and
// the term of art. 9 c. 1 from the data folder.
app::AvviamentoInputs avviamento_inputs(const MiratoCommand::Options& o, const std::filesystem::path& data_dir) {
    app::AvviamentoInputs inputs;
    for (const auto& f : o.richieste) inputs.richieste.push_back(named_file(f));
    if (!o.prospetti.empty()) {
        for (const auto& p : prospetto_paths(o.prospetti)) inputs.prospetti.push_back({p.string(), read_file(p)});
    }
    inputs.termini = {"avviamento-termini.csv", read_file(data_dir / "data" / "l68" / "avviamento-termini.csv")};
    return inputs;
}

}  // namespace

std::string MiratoCommand::summary() const {
    return "graduatoria of the collocamento mirato (L. 68/1999 art. 8): annual, or per call among the applicants";
}

std::string MiratoCommand::usage_line() const {
    return "gradus mirato --iscritti FILE (--data-riferimento DATE | --adesioni FILE) [--criteri FILE] --out DIR\n"
           "       [--richieste FILE...] [--prospetti DIR|FILE...] [--data-avviamento DATE]";
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
        ("ufficio", po::value(&m_office_text), "the CPI's codice ente (11 characters): record the registrations (LEP M1, SAP A01) in the ledger")
        ("richieste", po::value(&m_options.richieste)->multitoken(), "avviamento: employers' requests (XML, docs/formats.md)")
        ("prospetti", po::value(&m_options.prospetti)->multitoken(), "avviamento: UNIPI prospetti (files or folders) whose postilavoro are requests")
        ("data-avviamento", po::value(&m_avviamento_date_text), "reference date YYYY-MM-DD of the avviamento (default: the graduatoria's)");
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
    if (!m_avviamento_date_text.empty()) {
        const auto d = Date::try_parse_iso(m_avviamento_date_text);
        if (!d) throw UsageError("--data-avviamento must be a date YYYY-MM-DD, not '" + m_avviamento_date_text + "'");
        if (m_options.richieste.empty() && m_options.prospetti.empty()) {
            throw UsageError("--data-avviamento goes with --richieste or --prospetti");
        }
        m_options.avviamento_date = *d;
    }
    if (m_options.adesioni.empty() == !m_options.reference_date.has_value()) {
        throw UsageError("give either --data-riferimento (annual graduatoria) or --adesioni (per-call graduatoria)");
    }
}

int MiratoCommand::run(std::ostream& out, std::ostream& err) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();

    app::MiratoInputs inputs{{std::filesystem::path(m_options.iscritti).filename().string(), m_options.iscritti, {}, {}, {}},
                             std::nullopt};
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
    app::MiratoOutcome outcome = app::run_mirato(inputs, settings, catalogue, schemas);

    std::optional<app::AvviamentoInputs> avv_inputs;
    std::optional<app::AvviamentoOutcome> avviamento;
    if (!m_options.richieste.empty() || !m_options.prospetti.empty()) {
        avv_inputs = avviamento_inputs(m_options, m_common.resolved_data_dir());
        avviamento = app::run_avviamento(*avv_inputs, outcome.graduatoria,
                                         m_options.avviamento_date.value_or(outcome.graduatoria.reference_date), schemas);
        app::RunOptions stored = app::RunOptions::parse(outcome.options);
        app::add_avviamento_options(stored, *avv_inputs, avviamento->as_of);
        outcome.options = stored.text();
    }

    // Each document goes to the store and to its file as it is rendered; the files take their names
    // once the run is committed.
    std::optional<std::int64_t> run_id;
    const std::vector<app::OutputDocument> documents = app::mirato_documents(outcome);
    OutputFolder folder(m_options.out);
    if (!m_options.no_store) {
        store::Store db(m_common.db);
        run_id = app::record_mirato_run(db, inputs, outcome, started_at, utc_timestamp_now(), m_options.office,
                                        avv_inputs ? &*avv_inputs : nullptr, avviamento ? &*avviamento : nullptr,
                                        &folder);
    } else {
        app::render_copies(documents, folder);
    }
    if (avviamento) {
        for (const auto& file : avviamento->outputs) folder.add(file);
    }
    folder.publish();

    const auto& g = outcome.graduatoria;
    std::size_t proposed = 0;
    if (avviamento) {
        for (const auto& r : avviamento->results) proposed += r.proposed.size();
    }
    const auto out_dir = std::filesystem::path(m_options.out);
    m_result.run_id = run_id;
    m_result.count("ranked", static_cast<std::int64_t>(g.ranked.size()));
    m_result.count("excluded", static_cast<std::int64_t>(g.excluded.size()));
    m_result.count("rejected", static_cast<std::int64_t>(outcome.issues.size()));
    m_result.output("graduatoria_html", out_dir / "graduatoria.html");
    m_result.output("pubblica_html", out_dir / "pubblica.html");
    if (avviamento) {
        m_result.count("richieste", static_cast<std::int64_t>(avviamento->requests.size()));
        m_result.count("proposti", static_cast<std::int64_t>(proposed));
        m_result.count("richieste_rejected", static_cast<std::int64_t>(avviamento->issues.size()));
        m_result.output("avviamento_html", out_dir / "avviamento.html");
        m_result.output("pubblica_avviamento_html", out_dir / "pubblica-avviamento.html");
    }
    m_result.output("folder", m_options.out);
    if (!m_common.quiet) {
        out << "graduatoria collocamento mirato " << cm::to_string(g.mode) << " al " << g.reference_date.to_iso()
            << (g.call ? " (chiamata " + g.call->id + ")" : std::string()) << ": " << g.ranked.size() << " ranked, "
            << g.excluded.size() << " excluded, " << outcome.issues.size() << " records or applications rejected\n"
            << "criteria: " << outcome.criteria.criteria.id << " (" << outcome.criteria.file_name << ", sha256 "
            << outcome.criteria.sha256 << ")\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / "graduatoria.html").string() << " and "
            << documents.size() - 1 << " more in " << m_options.out << "\n";
    }
    if (avviamento && !m_common.quiet) {
        out << "avviamento al " << avviamento->as_of.to_iso() << ": " << avviamento->requests.size() << " requests, "
            << proposed << " people proposed, " << avviamento->issues.size() << " requests rejected: "
            << (std::filesystem::path(m_options.out) / "avviamento.html").string() << "\n";
    }
    for (const auto& issue : outcome.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    if (avviamento) {
        for (const auto& issue : avviamento->issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    }
    const bool clean = outcome.issues.empty() && (!avviamento || avviamento->issues.empty());
    return clean ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

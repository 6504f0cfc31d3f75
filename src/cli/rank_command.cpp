#include "rank_command.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/art16_record.hpp"
#include "gradus/app/report_choice.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/cli/output_folder.hpp"
#include "gradus/cli/stage_clock.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <algorithm>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

app::NamedBytes named_file(const std::string& path) {
    return {std::filesystem::path(path).filename().string(), read_file(path)};
}

}  // namespace

std::string RankCommand::summary() const {
    return "rank the candidature of an art. 16 avviso (L. 56/1987) and write the graduatoria";
}

std::string RankCommand::usage_line() const {
    return "gradus rank --avviso FILE --candidature FILE... [--criteria FILE] [--as-of DATE] --out DIR";
}

void RankCommand::declare(po::options_description& options, po::positional_options_description&) {
    options.add_options()
        ("avviso", po::value(&m_options.avviso)->required(), "the avviso XML")
        ("candidature", po::value(&m_options.candidature)->multitoken()->required(), "one or more candidature XML files")
        ("criteria", po::value(&m_options.criteria_file), "criteria file to apply (default: the region's version in force on the reference date)")
        ("as-of", po::value(&m_as_of_text), "reference date YYYY-MM-DD for choosing the criteria (default: the avviso's graduatoria date)")
        ("out", po::value(&m_options.out)->required(), "folder for the outputs (created if missing)")
        ("allow-unknown", po::bool_switch(&m_options.allow_unknown), "rank even if the criteria mark a needed parameter unknown [N]")
        ("no-store", po::bool_switch(&m_options.no_store), "do not record the run in the store")
        ("timings", po::bool_switch(&m_options.timings), "print the seconds each stage took to the error stream")
        ("reports", po::value(&m_options.reports)->multitoken(), "write only these reports (graduatoria.xml, graduatoria.csv, graduatoria.html, pubblica.csv, pubblica.html; default all); scarti.csv is always written")
        ("ufficio", po::value(&m_office_text), "the CPI's codice ente (11 characters): record a service (LEP K, SAP B03) per person in the ledger");
    m_common.declare(options);
}

void RankCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (!m_office_text.empty()) {
        if (m_office_text.size() != 11) throw UsageError("--ufficio must be the 11-character codice ente of the CPI");
        if (m_options.no_store) throw UsageError("--ufficio records services in the store: it does not go with --no-store");
        m_options.office = m_office_text;
    }
    try {
        app::check_report_choice(m_options.reports, app::art16_report_names());
    } catch (const ConfigError& e) {
        throw UsageError(std::string("--reports: ") + e.what());
    }
    if (!m_as_of_text.empty()) {
        const auto d = Date::try_parse_iso(m_as_of_text);
        if (!d) throw UsageError("--as-of must be a date YYYY-MM-DD, not '" + m_as_of_text + "'");
        m_options.as_of = *d;
    }
}

int RankCommand::run(std::ostream& out, std::ostream& err) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();
    StageClock clock;

    app::Art16Inputs inputs{named_file(m_options.avviso), {}, std::nullopt};
    for (const auto& c : m_options.candidature) {
        inputs.candidature.push_back({std::filesystem::path(c).filename().string(), c, {}, {}, {}});
    }
    app::Art16Settings settings;
    settings.as_of = m_options.as_of;
    settings.allow_unknown = m_options.allow_unknown;
    settings.reports = m_options.reports;
    settings.stage_done = [&clock](std::string_view stage) { clock.mark(stage); };
    settings.progress = &progress();
    std::vector<criteria::LoadedCriteria> catalogue;
    if (!m_options.criteria_file.empty()) {
        settings.explicit_criteria = xml::read_criteria_file(m_options.criteria_file, schemas);
    } else {
        catalogue = xml::read_criteria_dir(m_common.criteria_dir(), schemas);
    }
    clock.mark("read");
    const app::Art16Outcome outcome = app::run_art16(inputs, settings, catalogue, schemas);

    // Each document goes to the store and to its file as it is rendered; the files take their names
    // once the run is committed.
    OutputFolder folder(m_options.out);
    std::optional<std::int64_t> run_id;
    if (m_options.no_store) {
        app::render_copies(app::art16_documents(outcome), folder);
        clock.mark("reports");
    } else {
        store::Store db(m_common.db);
        app::Art16RecordOptions record;
        record.office = m_options.office;
        record.copies = &folder;
        record.stage_done = [&clock](std::string_view stage) { clock.mark(stage); };
        run_id = app::record_art16_run(db, inputs, outcome, started_at, utc_timestamp_now, record);
    }
    folder.publish();
    clock.mark("write");
    std::vector<std::string> written;
    for (const auto& d : app::art16_documents(outcome)) written.push_back(d.name);
    const auto wrote = [&written](const char* name) {
        return std::find(written.begin(), written.end(), name) != written.end();
    };
    if (m_options.timings) err << clock.text() << "\n";

    const auto& g = outcome.graduatoria;
    m_result.run_id = run_id;
    m_result.count("records_read", static_cast<std::int64_t>(outcome.records_read));
    m_result.count("ranked", static_cast<std::int64_t>(g.ranked.size()));
    m_result.count("excluded", static_cast<std::int64_t>(g.excluded.size()));
    m_result.count("rejected", static_cast<std::int64_t>(outcome.issues.size()));
    if (wrote("graduatoria.html")) m_result.output("graduatoria_html", std::filesystem::path(m_options.out) / "graduatoria.html");
    if (wrote("pubblica.html")) m_result.output("pubblica_html", std::filesystem::path(m_options.out) / "pubblica.html");
    m_result.output("folder", m_options.out);
    if (!m_common.quiet) {
        out << "graduatoria " << g.avviso.id << ": " << g.ranked.size() << " ranked, " << g.excluded.size()
            << " excluded, " << outcome.issues.size() << " records rejected (of " << outcome.records_read << " read)\n"
            << "criteria: " << outcome.criteria.criteria.id << " (" << outcome.criteria.file_name << ", sha256 "
            << outcome.criteria.sha256 << ")\n";
        if (run_id) out << "run: " << *run_id << " in " << m_common.db << "\n";
        out << "outputs: " << (std::filesystem::path(m_options.out) / (wrote("graduatoria.html") ? "graduatoria.html" : written.front())).string() << " and "
            << written.size() - 1 << " more in " << m_options.out << "\n";
    }
    for (const auto& issue : outcome.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return outcome.issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

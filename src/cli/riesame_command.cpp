#include "riesame_command.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/art16_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/art16/riesame_diff.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/cli/output_folder.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/report/riesame_csv.hpp"

#include <memory>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {

std::string RiesameCommand::summary() const {
    return "apply riesame decisions to a recorded ranking and report who entered, left or moved";
}

void RiesameCommand::declare(po::options_description& options, po::positional_options_description& positional) {
    options.add_options()
        ("run", po::value(&m_run)->required(), "the provisional ranking's run")
        ("rettifiche", po::value(&m_rettifiche)->required(), "the decisions (schemas/rettifiche-1.xsd)")
        ("out", po::value(&m_out)->required(), "folder for the new outputs and riesame.csv");
    positional.add("run", 1);
    m_common.declare(options);
}

void RiesameCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (m_run <= 0) throw UsageError("RUN must be a run id (a positive number)");
}

int RiesameCommand::run(std::ostream& out, std::ostream&) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    const auto schemas = m_common.schema_dir();
    store::Store db(m_common.db);
    const auto original = app::load_art16_run(db, m_run, schemas);
    if (original.inputs.rettifiche) {
        throw ConfigError("run " + std::to_string(m_run) + " is already a riesame (of run " +
                          std::to_string(original.record.parent_run.value_or(0)) +
                          "): apply every decision to the provisional run in one file");
    }
    // Only the standings of the provisional ranking are kept: it is freed before the revised one
    // is computed, so that the two never share the memory; and the standings are freed once
    // compared, before the new run is stored.
    auto before = std::make_unique<const art16::Standings>(
        app::run_art16(original.inputs, original.settings, {}, schemas).graduatoria);

    app::Art16Inputs inputs = original.inputs;
    inputs.rettifiche = app::NamedBytes{std::filesystem::path(m_rettifiche).filename().string(), read_file(m_rettifiche)};
    const auto after = app::run_art16(inputs, original.settings, {}, schemas);

    const auto changes = art16::compare(*before, after.graduatoria);
    before.reset();
    const app::NamedBytes diff{"riesame.csv", report::riesame_csv(changes, after.rettifiche)};
    OutputFolder folder(m_out);
    app::Art16RecordOptions record;
    record.parent_run = m_run;
    record.extra_outputs = {diff};
    record.copies = &folder;
    const auto run_id = app::record_art16_run(db, inputs, after, started_at, utc_timestamp_now, record);
    folder.add(diff);
    folder.publish();

    int applied = 0;
    for (const auto& v : after.rettifiche) applied += v.applied ? 1 : 0;
    m_result.run_id = run_id;
    m_result.count("of_run", m_run);
    m_result.count("applied", applied);
    m_result.count("refused", static_cast<std::int64_t>(after.rettifiche.size()) - applied);
    m_result.count("changed", static_cast<std::int64_t>(changes.size()));
    m_result.output("riesame_csv", std::filesystem::path(m_out) / "riesame.csv");
    m_result.output("graduatoria_html", std::filesystem::path(m_out) / "graduatoria.html");
    m_result.output("pubblica_html", std::filesystem::path(m_out) / "pubblica.html");
    out << "riesame of run " << m_run << ": " << applied << " decisions applied, "
        << after.rettifiche.size() - static_cast<std::size_t>(applied) << " refused (see rettifiche.csv); "
        << changes.size() << " candidature changed standing (see riesame.csv)\n"
        << "run: " << run_id << " (linked to run " << m_run << ")\n"
        << "outputs: " << (std::filesystem::path(m_out) / "riesame.csv").string() << " and the new graduatoria in "
        << m_out << "\n";
    return exit_ok;
}

}  // namespace gradus::cli

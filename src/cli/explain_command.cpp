#include "explain_command.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/report/art16_explain.hpp"
#include "gradus/report/obblighi_explain.hpp"

#include <algorithm>
#include <cctype>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {

std::string ExplainCommand::summary() const {
    return "explain one candidatura of a recorded ranking: every point, its source and its neighbours";
}

void ExplainCommand::declare(po::options_description& options, po::positional_options_description& positional) {
    options.add_options()
        ("run", po::value(&m_run)->required(), "the run")
        ("protocollo", po::value(&m_protocol), "protocol number of the candidatura")
        ("persona", po::value(&m_person), "codice fiscale of the person")
        ("datore", po::value(&m_employer), "codice fiscale of the employer (obligations batch)")
        ("xml", po::bool_switch(&m_xml), "print XML instead of text");
    positional.add("run", 1);
    m_common.declare(options);
}

void ExplainCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (m_run <= 0) throw UsageError("RUN must be a run id (a positive number)");
    const int given = !m_protocol.empty() + !m_person.empty() + !m_employer.empty();
    if (given != 1) throw UsageError("give exactly one of --protocollo, --persona and --datore");
    if (!m_employer.empty() && m_xml) throw UsageError("--xml explains a candidatura, not an employer");
    for (auto* code : {&m_person, &m_employer}) {
        std::transform(code->begin(), code->end(), code->begin(), [](unsigned char ch) { return std::toupper(ch); });
    }
}

int ExplainCommand::run(std::ostream& out, std::ostream&) {
    store::Store db(m_common.db);
    if (!m_employer.empty()) {
        const auto stored = app::load_obblighi_run(db, m_run);
        const auto outcome = app::compute_obblighi(stored.inputs, stored.settings, m_common.schema_dir());
        const std::string text = report::explain_obligations_text(outcome->report, m_employer);
        if (text.empty()) {
            throw ConfigError("run " + std::to_string(m_run) + " has no counted prospetto of employer " + m_employer);
        }
        out << text;
        return exit_ok;
    }
    const auto stored = app::load_art16_run(db, m_run, m_common.schema_dir());
    const auto outcome = app::run_art16(stored.inputs, stored.settings, {}, m_common.schema_dir());
    const auto& g = outcome.graduatoria;
    const auto index = report::find_candidatura(g, m_protocol, m_person);
    if (!index) {
        throw ConfigError("run " + std::to_string(m_run) + " has no candidatura " +
                          (m_protocol.empty() ? "of " + m_person : "with protocol " + m_protocol));
    }
    out << (m_xml ? report::explain_xml(g, *index) : report::explain_text(g, *index));
    return exit_ok;
}

}  // namespace gradus::cli

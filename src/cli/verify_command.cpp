#include "verify_command.hpp"

#include "gradus/store/verify.hpp"

#include <ostream>

namespace gradus::cli {

std::string VerifyCommand::summary() const {
    return "check the tamper-evident chain of runs and every stored file and result row";
}

void VerifyCommand::declare(boost::program_options::options_description& options,
                            boost::program_options::positional_options_description&) {
    m_common.declare(options);
}

void VerifyCommand::validate(const boost::program_options::variables_map&) { m_common.validate(); }

int VerifyCommand::run(std::ostream& out, std::ostream& err) {
    store::Store db(m_common.db);
    const auto report = store::verify_store(db);
    const std::string counts = std::to_string(report.runs) + " runs in the chain, " + std::to_string(report.blobs) +
                               " files, " + std::to_string(report.rows) + " result rows";
    m_result.count("runs", static_cast<std::int64_t>(report.runs));
    m_result.count("files", static_cast<std::int64_t>(report.blobs));
    m_result.count("rows", static_cast<std::int64_t>(report.rows));
    m_result.count("mismatches", static_cast<std::int64_t>(report.problems.size()));
    if (report.problems.empty()) {
        out << "verified: " << counts << "; everything matches\nchain head: " << report.head << "\n";
        return exit_ok;
    }
    err << "NOT VERIFIED: first mismatch: " << report.problems.front() << "\n";
    for (std::size_t i = 1; i < report.problems.size(); ++i) err << "also: " << report.problems[i] << "\n";
    out << "checked " << counts << "; " << report.problems.size() << " mismatches\n";
    return exit_input_error;
}

}  // namespace gradus::cli

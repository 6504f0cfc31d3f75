#include "gradus/cli/command.hpp"

#include "gradus/core/errors.hpp"

#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {

const po::options_description& Command::described() {
    if (!m_options) {
        m_options = std::make_unique<po::options_description>("Options");
        m_options->add_options()("help,h", po::bool_switch(&m_help), "print this help and exit");
        declare(*m_options, m_positional);
        m_output.declare(*m_options);
        m_result.command = name();
    }
    return *m_options;
}

void Command::setup(const std::vector<std::string>& args) {
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(described()).positional(m_positional).run(), vm);
        if (vm.count("help") && vm["help"].as<bool>()) {
            m_help = true;
            return;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    validate(vm);
}

bool Command::accepts_option(const std::string& option) {
    return option.rfind("--", 0) == 0 && described().find_nothrow(option.substr(2), false) != nullptr;
}

void Command::print_help(std::ostream& out) {
    out << "usage: " << usage_line() << "\n\n" << summary() << "\n\n" << described() << "\n";
}

}  // namespace gradus::cli

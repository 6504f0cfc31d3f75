#include "gradus/cli/command.hpp"
#include "gradus/cli/json_log.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/version.hpp"

#include <exception>
#include <new>
#include <ostream>
#include <sstream>

namespace gradus::cli {
namespace {

void print_overview(std::ostream& out) {
    out << "usage: gradus COMMAND [OPTIONS]\n"
           "       gradus --help | --version | COMMAND --help\n\n"
           "Commands:\n";
    for (const auto& c : all_commands()) {
        out << "  " << c->name() << std::string(c->name().size() < 14 ? 14 - c->name().size() : 1, ' ')
            << c->summary() << "\n";
    }
    out << "\nExit codes: 0 success, 1 input or configuration errors, 2 usage errors, 3 internal errors.\n";
}

int run_checked(Command& command, std::ostream& out, std::ostream& err) {
    try {
        const int status = command.run(out, err);
        command.result().completed = true;
        return status;
    } catch (const InputError& e) {
        err << "gradus " << command.name() << ": input error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const ConfigError& e) {
        err << "gradus " << command.name() << ": configuration error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const ParseError& e) {
        err << "gradus " << command.name() << ": input error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const UsageError& e) {
        err << "gradus " << command.name() << ": " << e.what() << "\n";
        return exit_usage_error;
    } catch (const InternalError& e) {
        err << "gradus " << command.name() << ": internal error (a bug in gradus): " << e.what() << "\n";
        return exit_internal_error;
    } catch (const Error& e) {
        err << "gradus " << command.name() << ": error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const std::bad_alloc&) {
        err << "gradus " << command.name() << ": out of memory\n";
        return exit_internal_error;
    } catch (const std::exception& e) {
        err << "gradus " << command.name() << ": internal error (a bug in gradus): " << e.what() << "\n";
        return exit_internal_error;
    }
}

}  // namespace

int run_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        print_overview(err);
        return exit_usage_error;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_overview(out);
        return exit_ok;
    }
    if (args[0] == "--version") {
        out << "gradus " << engine_version << "\n";
        return exit_ok;
    }
    std::unique_ptr<Command> command = find_command(args[0]);
    if (!command) {
        err << "gradus: unknown command '" << args[0] << "'\n\n";
        print_overview(err);
        return exit_usage_error;
    }

    try {
        command->setup({args.begin() + 1, args.end()});
    } catch (const UsageError& e) {
        err << "gradus " << command->name() << ": " << e.what() << "\n\n";
        command->print_help(err);
        return exit_usage_error;
    }
    if (command->help_requested()) {
        command->print_help(out);
        return exit_ok;
    }

    JsonLog& log = command->log();
    try {
        if (!command->output_options().log.empty()) log.open(command->output_options().log, command->name());
    } catch (const Error& e) {
        err << "gradus " << command->name() << ": " << e.what() << "\n";
        return exit_input_error;
    }
    log.info("started");
    std::ostringstream discarded;
    const bool json = command->output_options().json;
    const int status = execute(*command, json ? discarded : out, err);
    const RunSummary& result = command->result();
    const JsonLog::Context context{"", std::nullopt, "", result.run_id};
    const std::string ended = "finished with exit status " + std::to_string(status) + ": " + result.to_json();
    if (status == exit_ok) log.info(ended, context);
    else if (result.completed) log.warning(ended, context);  // done, some records refused
    else log.error(ended, context);
    if (json) out << result.to_json() << "\n";
    return status;
}

std::unique_ptr<Command> find_command(const std::string& name) {
    for (auto& c : all_commands()) {
        if (c->name() == name) return std::move(c);
    }
    return nullptr;
}

int execute(Command& command, std::ostream& out, std::ostream& err) {
    const int status = run_checked(command, out, err);
    command.result().exit_status = status;
    return status;
}

}  // namespace gradus::cli

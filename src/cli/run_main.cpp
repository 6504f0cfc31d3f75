#include "gradus/cli/command.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/version.hpp"

#include <exception>
#include <new>
#include <ostream>

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
    std::unique_ptr<Command> command;
    for (auto& c : all_commands()) {
        if (c->name() == args[0]) command = std::move(c);
    }
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

    try {
        return command->run(out, err);
    } catch (const InputError& e) {
        err << "gradus " << command->name() << ": input error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const ConfigError& e) {
        err << "gradus " << command->name() << ": configuration error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const ParseError& e) {
        err << "gradus " << command->name() << ": input error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const UsageError& e) {
        err << "gradus " << command->name() << ": " << e.what() << "\n";
        return exit_usage_error;
    } catch (const InternalError& e) {
        err << "gradus " << command->name() << ": internal error (a bug in gradus): " << e.what() << "\n";
        return exit_internal_error;
    } catch (const Error& e) {
        err << "gradus " << command->name() << ": error: " << e.what() << "\n";
        return exit_input_error;
    } catch (const std::bad_alloc&) {
        err << "gradus " << command->name() << ": out of memory\n";
        return exit_internal_error;
    } catch (const std::exception& e) {
        err << "gradus " << command->name() << ": internal error (a bug in gradus): " << e.what() << "\n";
        return exit_internal_error;
    }
}

}  // namespace gradus::cli

#pragma once

#include "gradus/app/progress.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/cli/json_log.hpp"
#include "gradus/cli/run_summary.hpp"

#include <boost/program_options.hpp>

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace gradus::cli {

// Exit codes of the gradus command (documented in README.md).
enum ExitCode : int {
    exit_ok = 0,
    exit_input_error = 1,     // bad input or configuration: nothing or only part done, as printed
    exit_usage_error = 2,     // unknown option, missing argument: usage printed
    exit_internal_error = 3,  // a bug in gradus
};

// One subcommand. setup() parses and validates the options without doing any work (no file is
// opened, no database touched), so that it can be tested alone; run() does the work.
class Command {
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;

    // Throws UsageError (or a boost::program_options error) on bad arguments.
    void setup(const std::vector<std::string>& args);
    virtual int run(std::ostream& out, std::ostream& err) = 0;

    bool help_requested() const { return m_help; }
    void print_help(std::ostream& out);
    // Whether `option` ("--name") is one of this command's options.
    bool accepts_option(const std::string& option);

    const OutputOptions& output_options() const { return m_output; }
    // What run() did, filled while it runs; execute() adds the exit status.
    RunSummary& result() { return m_result; }
    // The structured log (--log); run_main opens it, a command may add lines of its own.
    JsonLog& log() { return m_log; }
    // How far run() has got (files and records read), for a progress display while it runs.
    const app::Progress& progress_so_far() const { return m_progress; }

protected:
    // Declares the command's options and positional arguments.
    virtual void declare(boost::program_options::options_description& options,
                         boost::program_options::positional_options_description& positional) = 0;
    // Checks the parsed values (ranges, combinations); throws UsageError.
    virtual void validate(const boost::program_options::variables_map& vm) = 0;
    virtual std::string usage_line() const = 0;

private:
    const boost::program_options::options_description& described();

    std::unique_ptr<boost::program_options::options_description> m_options;
    boost::program_options::positional_options_description m_positional;
    bool m_help = false;
    OutputOptions m_output;
    JsonLog m_log;

protected:
    app::Progress& progress() { return m_progress; }

    RunSummary m_result;

private:
    app::Progress m_progress;
};

std::vector<std::unique_ptr<Command>> all_commands();

// The command named `name`, or none.
std::unique_ptr<Command> find_command(const std::string& name);

// Runs a command that setup() accepted: maps every error to its exit code and message on `err`,
// and stores the exit status in the command's result().
int execute(Command& command, std::ostream& out, std::ostream& err);

// The whole program: returns the exit code.
int run_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gradus::cli

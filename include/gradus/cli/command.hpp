#pragma once

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
};

std::vector<std::unique_ptr<Command>> all_commands();

// The whole program: returns the exit code.
int run_main(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gradus::cli

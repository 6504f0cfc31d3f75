#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

namespace gradus::cli {

// gradus runs: the runs recorded in the store, one line each, oldest first.
class RunsCommand : public Command {
public:
    std::string name() const override { return "runs"; }
    std::string summary() const override { return "list the runs recorded in the store"; }
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus runs [--db URL]"; }

private:
    CommonOptions m_common;
};

}  // namespace gradus::cli

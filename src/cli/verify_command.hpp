#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

namespace gradus::cli {

// gradus verify: walks the chain of runs and every stored blob and result row, and names the first
// thing that does not match. Reads only, so an auditor's read-only role is enough.
class VerifyCommand : public Command {
public:
    std::string name() const override { return "verify"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus verify [--db URL]"; }

private:
    CommonOptions m_common;
};

}  // namespace gradus::cli

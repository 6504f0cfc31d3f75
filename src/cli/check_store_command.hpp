#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

namespace gradus::cli {

// gradus check-store: opens the store (applying migrations), records a small run with one input
// and one output, reads both back and checks their hashes. Proves a deployment works end to end.
class CheckStoreCommand : public Command {
public:
    std::string name() const override { return "check-store"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus check-store [--db URL]"; }

private:
    CommonOptions m_common;
};

}  // namespace gradus::cli

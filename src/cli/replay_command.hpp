#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

#include <cstdint>

namespace gradus::cli {

// gradus replay RUN: computes a recorded run again from its stored inputs and criteria, compares
// every output byte by byte with what the run wrote, and records the replay itself.
class ReplayCommand : public Command {
public:
    std::string name() const override { return "replay"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus replay RUN [--db URL]"; }

private:
    CommonOptions m_common;
    std::int64_t m_run = 0;
};

}  // namespace gradus::cli

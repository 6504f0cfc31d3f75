#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

#include <cstdint>

namespace gradus::cli {

// gradus riesame RUN --rettifiche FILE --out DIR: applies riesame decisions to a recorded
// (provisional) ranking, records the new ranking as a run linked to the first, and reports who
// entered, left or moved and why.
class RiesameCommand : public Command {
public:
    std::string name() const override { return "riesame"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus riesame RUN --rettifiche FILE --out DIR [--db URL]"; }

private:
    CommonOptions m_common;
    std::int64_t m_run = 0;
    std::string m_rettifiche;
    std::string m_out;
};

}  // namespace gradus::cli

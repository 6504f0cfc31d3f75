#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"

#include <cstdint>

namespace gradus::cli {

// gradus explain RUN --protocollo N | --persona CF: the whole computation for one candidatura of a
// recorded ranking, recomputed from the run's stored inputs, in Italian or as XML; --datore CF:
// the same for one employer of a recorded obligations batch.
class ExplainCommand : public Command {
public:
    std::string name() const override { return "explain"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override {
        return "gradus explain RUN (--protocollo N | --persona CF) [--xml] | gradus explain RUN --datore CF";
    }

private:
    CommonOptions m_common;
    std::int64_t m_run = 0;
    std::string m_protocol;
    std::string m_person;
    std::string m_employer;
    bool m_xml = false;
};

}  // namespace gradus::cli

#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::cli {

// gradus rank: art. 16 graduatoria from an avviso and its candidature.
class RankCommand : public Command {
public:
    struct Options {
        std::string avviso;
        std::vector<std::string> candidature;
        std::string criteria_file;
        std::optional<Date> as_of;
        std::string out;
        bool allow_unknown = false;
        bool no_store = false;
        bool timings = false;  // --timings: seconds per stage to the error stream
        std::optional<std::string> office;  // codice ente of the CPI: record the services in the ledger
        std::vector<std::string> reports;   // --reports: the reports to write (default all)
    };

    std::string name() const override { return "rank"; }
    std::string summary() const override;
    int run(std::ostream& out, std::ostream& err) override;
    const Options& options() const { return m_options; }

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override;

private:
    Options m_options;
    CommonOptions m_common;
    std::string m_as_of_text;
    std::string m_office_text;
};

}  // namespace gradus::cli

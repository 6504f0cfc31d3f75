#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/core/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::cli {

// gradus obblighi: L. 68/1999 obligations recomputed from the Ministry's prospetti informativi.
class ObblighiCommand : public Command {
public:
    struct Options {
        std::vector<std::string> prospetti;
        Date as_of;
        std::string out;
        std::optional<std::string> provincia;
        bool no_store = false;
        std::optional<std::string> office;  // codice ente of the CPI: record LEP S per firm
        std::vector<std::string> reports;    // --reports: only these (app::obblighi_report_names()); empty: all
        bool timings = false;                // --timings: seconds per stage to the error stream
    };

    std::string name() const override { return "obblighi"; }
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
    std::string m_provincia_text;
    std::string m_office_text;
};

}  // namespace gradus::cli

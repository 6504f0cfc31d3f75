#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/core/date.hpp"

#include <optional>
#include <string>

namespace gradus::cli {

// gradus lsu: requirement checks of the candidates of an LSU / pubblica utilità project.
class LsuCommand : public Command {
public:
    struct Options {
        std::string progetto;
        Date as_of;
        std::string out;
        std::string rules_file;          // empty: the regime's rule set in force on as_of
        std::string compatibility_file;  // empty: criteria/lsu/compatibilita-qualifiche.xml
        bool no_store = false;
        std::optional<std::string> office;  // codice ente of the CPI: record the C06 services in the ledger
    };

    std::string name() const override { return "lsu"; }
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

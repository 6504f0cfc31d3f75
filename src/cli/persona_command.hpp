#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/services/service_event.hpp"

#include <string>
#include <vector>

namespace gradus::cli {

// gradus persona CF: one person's services from the ledger, the events other systems reported,
// what is due next, the sanctions of art. 21 c. 7 and the SAP section-6 policies with their controls.
class PersonaCommand : public Command {
public:
    std::string name() const override { return "persona"; }
    std::string summary() const override { return "one person's service history, what is due next and SAP section 6"; }
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override { return "gradus persona CF [--as-of DATE] [--eventi FILE...] [--sistema CODE]"; }

private:
    CommonOptions m_common;
    std::string m_codice_fiscale;
    services::Subject m_subject = services::Subject::person;
    std::string m_as_of_text;
    std::vector<std::string> m_eventi;
    std::string m_system = "00";
};

}  // namespace gradus::cli

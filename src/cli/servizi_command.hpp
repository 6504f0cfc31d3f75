#pragma once

#include "gradus/cli/command.hpp"
#include "gradus/cli/common_options.hpp"
#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/services/catalogue.hpp"
#include "gradus/services/parameters.hpp"
#include "gradus/services/person_facts.hpp"

#include <string>
#include <vector>

namespace gradus::cli {

// What both person-service commands read: the LEP catalogue and the rule parameters from
// criteria/lep/, and the person events of `eventi_files` (bad records set aside in `issues`).
struct ServiziData {
    services::Catalogue catalogue;
    services::RuleParameters parameters;
    std::vector<services::PersonFacts> people;
    IssueLog issues;
};
ServiziData load_servizi_data(const CommonOptions& common, const std::vector<std::string>& eventi_files);

// Parses --as-of; throws UsageError naming the text.
Date parse_as_of(const std::string& text);

// gradus servizi: first records in the ledger, as one run, the services given listed in the
// --registra files; then writes per office the services due, overdue and given on a day, with the
// people behind each count, and the SAP section-6 export of everyone in the ledger with its controls.
class ServiziCommand : public Command {
public:
    std::string name() const override { return "servizi"; }
    std::string summary() const override {
        return "services due, overdue and given per office (LEP), and the SAP section-6 export";
    }
    int run(std::ostream& out, std::ostream& err) override;

protected:
    void declare(boost::program_options::options_description& options,
                 boost::program_options::positional_options_description& positional) override;
    void validate(const boost::program_options::variables_map& vm) override;
    std::string usage_line() const override {
        return "gradus servizi --as-of DATE [--registra FILE...] [--eventi FILE...] [--sistema CODE] --out DIR";
    }

private:
    CommonOptions m_common;
    std::string m_as_of_text;
    Date m_as_of;
    std::vector<std::string> m_eventi;
    std::vector<std::string> m_given;
    std::string m_system = "00";
    std::string m_out;
};

}  // namespace gradus::cli

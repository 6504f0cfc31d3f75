#pragma once

#include "gradus/services/catalogue.hpp"
#include "gradus/services/office_report.hpp"
#include "gradus/services/sap_policy.hpp"
#include "gradus/services/section6.hpp"

#include <string>
#include <utility>
#include <vector>

namespace gradus::report {

// The text of one report row: LEP letter, service id, its catalogue title, state, the people.
struct ServiziRow {
    std::string lep;
    std::string service;
    std::string title;
    std::string state;
    std::vector<std::string> people;
};
std::vector<ServiziRow> servizi_rows(const std::vector<services::ServiceCount>& counts,
                                     const services::Catalogue& catalogue);
std::string joined(const std::vector<std::string>& people);  // separated by one space

// One office's services on a day (personal data: codici fiscali), one row per service and state:
// ufficio;lep;servizio;titolo;stato;persone;codici_fiscali (space-separated).
std::string servizi_csv(const std::vector<services::ServiceCount>& counts, const services::Catalogue& catalogue);

// The problems of the SAP section-6 controls, one row each:
// codice_fiscale;servizio;identificativo_politica;gravita;campo;regola;messaggio.
using PolicyProblems = std::pair<services::SubjectPolicy, std::vector<services::PolicyProblem>>;
std::string sap_controls_csv(const std::vector<PolicyProblems>& problems);

}  // namespace gradus::report

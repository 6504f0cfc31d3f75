#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/section6.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::report {

inline constexpr std::string_view sap_section6_namespace = "urn:gradus:sap-sezione6:1";

// SAP section 6 ("Interventi di politiche attive") of each person, as of `as_of`: one <lavoratore>
// per codice fiscale with one <politica_attiva> per policy (tipo attivita, dates, durata, codice
// ente promotore, identificativo politica, ultimo evento). Callers pass only the policies without
// blocking problems. Format: docs/servizi.md.
std::string sap_section6_xml(const std::vector<services::SubjectPolicy>& policies, const Date& as_of);

}  // namespace gradus::report

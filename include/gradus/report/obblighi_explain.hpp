#pragma once

#include "gradus/report/obblighi_report.hpp"

#include <string>

namespace gradus::report {

// The whole computation of one employer's obligations in plain Italian: for each counted
// prospetto, the file it came from, then per province and nationally every term of both bases,
// the quota, coverage, exemptions, compensations, the shortfall and the amounts, each with its
// legal source. Empty when the employer has no counted prospetto in the report.
std::string explain_obligations_text(const ObblighiReport& report, const std::string& codice_fiscale);

}  // namespace gradus::report

#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/catalogue.hpp"
#include "gradus/services/office_report.hpp"

#include <string>
#include <vector>

namespace gradus::report {

// One office's services on a day as a printable page for its staff (the rows of servizi_csv).
std::string servizi_html(const std::string& office, const Date& as_of,
                         const std::vector<services::ServiceCount>& counts, const services::Catalogue& catalogue);

}  // namespace gradus::report

#include "gradus/report/obblighi_report.hpp"

namespace gradus::report {

std::vector<ObblighiRow> obblighi_rows(const ObblighiReport& report) {
    std::vector<ObblighiRow> rows;
    for (const ObblighiEntry& e : report.entries) {
        visit_rows(report, e, [&](const ObblighiRow& r) { rows.push_back(r); });
    }
    return rows;
}

std::vector<const l68::Discrepancy*> shown_discrepancies(const ObblighiReport& report, const ObblighiEntry& entry) {
    std::vector<const l68::Discrepancy*> shown;
    for (const l68::Discrepancy& d : entry.assessment->discrepancies) {
        if (!report.provincia || d.provincia == *report.provincia || d.provincia == l68::national_code) {
            shown.push_back(&d);
        }
    }
    return shown;
}

}  // namespace gradus::report

#include "gradus/report/obblighi_report.hpp"

namespace gradus::report {

std::vector<ObblighiRow> obblighi_rows(const ObblighiReport& report) {
    std::vector<ObblighiRow> rows;
    for (const ObblighiEntry& e : report.entries) {
        const l68::Obligation& o = e.assessment->obligation;
        for (std::size_t i = 0; i < o.provinces.size(); ++i) {
            if (report.provincia && o.provinces[i].provincia != *report.provincia) continue;
            rows.push_back({e.prospetto, &o.provinces[i], &e.assessment->province_amounts[i], &o});
        }
        rows.push_back({e.prospetto, &o.national, &e.assessment->national_amounts, &o});
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

#pragma once

#include "gradus/core/byte_sink.hpp"
#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/l68/assessment.hpp"
#include "gradus/l68/prospetto.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::report {

// One counted prospetto and what was recomputed from it.
struct ObblighiEntry {
    const l68::Prospetto* prospetto;
    const l68::Assessment* assessment;
};

// The content shared by obblighi.csv, discrepanze.csv, ritardi.csv, scarti.csv, obblighi.xml and
// obblighi.html. With `provincia` set, only that province's rows (and the national row of the
// prospetti that have it) are shown.
struct ObblighiReport {
    Date as_of;
    std::optional<std::string> provincia;
    std::vector<ObblighiEntry> entries;  // in codice fiscale order
    IssueLog scarti;                     // refused files and superseded prospetti
    std::string engine_version;
};

// One row: a province of a prospetto, or its national row (provincia "NAZ").
struct ObblighiRow {
    const l68::Prospetto* prospetto;
    const l68::Figures* figures;
    const l68::RowAmounts* amounts;
    const l68::Obligation* obligation;
};

// The rows shown, entry by entry: provinces in quadro 2 order, then the national row.
std::vector<ObblighiRow> obblighi_rows(const ObblighiReport& report);
// The rows shown of one entry, in the same order, each handed to `visit`.
template <typename Visit>
void visit_rows(const ObblighiReport& report, const ObblighiEntry& e, Visit&& visit) {
    const l68::Obligation& o = e.assessment->obligation;
    for (std::size_t i = 0; i < o.provinces.size(); ++i) {
        if (report.provincia && o.provinces[i].provincia != *report.provincia) continue;
        visit(ObblighiRow{e.prospetto, &o.provinces[i], &e.assessment->province_amounts[i], &o});
    }
    visit(ObblighiRow{e.prospetto, &o.national, &e.assessment->national_amounts, &o});
}
// The discrepancies shown: those of the province asked for and the national ones.
std::vector<const l68::Discrepancy*> shown_discrepancies(const ObblighiReport& report, const ObblighiEntry& entry);

// Each report is written to `out` in pieces of about a mebibyte as it is rendered.
void obblighi_csv(const ObblighiReport& report, ByteSink& out);
void discrepanze_csv(const ObblighiReport& report, ByteSink& out);
void ritardi_csv(const ObblighiReport& report, ByteSink& out);
void obblighi_xml(const ObblighiReport& report, ByteSink& out);
void obblighi_html(const ObblighiReport& report, ByteSink& out);

// The size of the pieces the reports above hand to their sink.
inline constexpr std::size_t report_piece_bytes = std::size_t{1} << 20;

}  // namespace gradus::report

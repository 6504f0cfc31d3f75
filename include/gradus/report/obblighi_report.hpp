#pragma once

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
// The discrepancies shown: those of the province asked for and the national ones.
std::vector<const l68::Discrepancy*> shown_discrepancies(const ObblighiReport& report, const ObblighiEntry& entry);

std::string obblighi_csv(const ObblighiReport& report);
std::string discrepanze_csv(const ObblighiReport& report);
std::string ritardi_csv(const ObblighiReport& report);
std::string obblighi_xml(const ObblighiReport& report);
std::string obblighi_html(const ObblighiReport& report);

}  // namespace gradus::report

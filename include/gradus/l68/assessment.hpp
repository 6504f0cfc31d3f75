#pragma once

#include "gradus/core/date.hpp"
#include "gradus/l68/amounts.hpp"
#include "gradus/l68/discrepancy.hpp"
#include "gradus/l68/obligation.hpp"
#include "gradus/l68/reference_data.hpp"

#include <optional>
#include <vector>

namespace gradus::l68 {

// Everything a run needs besides the prospetti; each table is a data file with its sources.
struct ReferenceData {
    ExcludedCategories categories;
    Amounts amounts;
    Comuni comuni;
    HolidayCalendar calendar = HolidayCalendar::national();
};

// Amounts of one row of the report, from the day after the reference date to the run's date:
// contributo on the exempted units (an esonero's only up to its finoal; the national row sums
// the provinces'), sanction estimate on the uncovered units.
struct RowAmounts {
    Due contributo;
    Due sanction;
};

struct Assessment {
    Obligation obligation;
    std::vector<RowAmounts> province_amounts;  // parallel to obligation.provinces
    RowAmounts national_amounts;
    std::vector<Discrepancy> discrepancies;
    std::optional<LateFiling> late;
};

// Recomputes one counted prospetto as of `as_of`. Throws InputError when it cannot be computed.
Assessment assess(const Prospetto& p, const ReferenceData& data, const Date& as_of);

}  // namespace gradus::l68

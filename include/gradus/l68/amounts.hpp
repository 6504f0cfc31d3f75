#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/l68/reference_data.hpp"

#include <cstdint>
#include <optional>

namespace gradus::l68 {

// An amount in euro and whether every day of its period had an amount in force.
struct Due {
    Decimal euro;
    long working_days = 0;
    bool complete = true;  // false: some days had no row in data/l68/importi.csv
};

// Contributo esonerativo: working days from `first` to `last` x exempted units x the daily amount
// in force on each day (L. 68/1999 art. 5 c. 3; DM 21/12/2007 €30.64, DM 193/2021 €39.21).
Due contributo_esonerativo(std::int64_t units, const Date& first, const Date& last, const Amounts& amounts,
                           const HolidayCalendar& calendar);

// Estimate of the sanction for an uncovered quota: from the 61st day after the obligation
// arises to `as_of`, working days x uncovered units x the multiple of the contributo in force
// (L. 68/1999 art. 15 c. 4).
Due uncovered_sanction(std::int64_t units, const Date& obligation_from, const Date& as_of, const Amounts& amounts,
                       const HolidayCalendar& calendar);

// A prospetto sent after 31 January of the year after its reference date (art. 9 c. 6).
struct LateFiling {
    Date deadline;
    long days_late = 0;
    std::optional<Decimal> sanction;  // base + per day x days late, in force at the day after the deadline
};

// None when the prospetto was on time (art. 15 c. 1; DM 194/2021).
std::optional<LateFiling> late_filing(const Date& reference_date, const Date& sent_on, const Amounts& amounts);

}  // namespace gradus::l68

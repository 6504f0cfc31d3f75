#include "gradus/l68/amounts.hpp"

#include <algorithm>

namespace gradus::l68 {
namespace {

// Working days x units x the rate of `kind` (times `multiple`), period by period of its rows.
Due daily_amount(std::int64_t units, const Date& first, const Date& last, const Amounts& amounts,
                 const HolidayCalendar& calendar, const Decimal& multiple) {
    Due due;
    due.working_days = calendar.working_days(first, last);
    long priced_days = 0;
    for (const AmountRow& row : amounts.rows()) {
        if (row.kind != AmountKind::contributo_esonerativo) continue;
        const Date from = std::max(first, row.from);
        const Date to = row.to ? std::min(last, *row.to) : last;
        if (to < from) continue;
        const long days = calendar.working_days(from, to);
        priced_days += days;
        due.euro += row.value * multiple * Decimal(days) * Decimal(units);
    }
    due.complete = priced_days == due.working_days;
    return due;
}

}  // namespace

Due contributo_esonerativo(std::int64_t units, const Date& first, const Date& last, const Amounts& amounts,
                           const HolidayCalendar& calendar) {
    return daily_amount(units, first, last, amounts, calendar, Decimal(1));
}

Due uncovered_sanction(std::int64_t units, const Date& obligation_from, const Date& as_of, const Amounts& amounts,
                       const HolidayCalendar& calendar) {
    // "Trascorsi sessanta giorni dalla data in cui insorge l'obbligo" (art. 15 c. 4).
    const Date first = obligation_from.plus_days(61);
    const AmountRow* multiple = amounts.in_force(AmountKind::multiplo_sanzione_scopertura, std::max(first, as_of));
    if (multiple == nullptr) return Due{Decimal(0), calendar.working_days(first, as_of), false};
    return daily_amount(units, first, as_of, amounts, calendar, multiple->value);
}

std::optional<LateFiling> late_filing(const Date& reference_date, const Date& sent_on, const Amounts& amounts) {
    // Art. 9 c. 6: by 31 January, on the situation at 31 December of the year before.
    const Date deadline = Date::from_ymd(reference_date.year() + 1, 1, 31);
    const long days = deadline.days_until(sent_on);
    if (days <= 0) return std::nullopt;
    LateFiling late{deadline, days, std::nullopt};
    const Date violation = deadline.plus_days(1);
    const AmountRow* base = amounts.in_force(AmountKind::sanzione_ritardo_base, violation);
    const AmountRow* per_day = amounts.in_force(AmountKind::sanzione_ritardo_giorno, violation);
    if (base != nullptr && per_day != nullptr) late.sanction = base->value + per_day->value * Decimal(days);
    return late;
}

}  // namespace gradus::l68

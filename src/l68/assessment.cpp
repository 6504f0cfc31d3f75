#include "gradus/l68/assessment.hpp"

#include "gradus/l68/exemptions.hpp"

#include <algorithm>

namespace gradus::l68 {
namespace {

// The contributo of one province: the esonero's units up to the earlier of `as_of` and its
// finoal, the self-certified units up to `as_of`.
Due provincial_contributo(const ProvincialDetail& d, const Figures& f, const Prospetto& p, const ReferenceData& data,
                          const Date& as_of) {
    const Date first = p.reference_date.plus_days(1);
    const std::int64_t esonero = esonero_units(d, f.quota_disabled, p.reference_date);
    const Date esonero_last = esonero > 0 && d.exemption->until ? std::min(as_of, *d.exemption->until) : as_of;
    const Due a = contributo_esonerativo(esonero, first, esonero_last, data.amounts, data.calendar);
    const Due b = contributo_esonerativo(self_certified_units(d), first, as_of, data.amounts, data.calendar);
    return Due{a.euro + b.euro, self_certified_units(d) > 0 ? b.working_days : a.working_days, a.complete && b.complete};
}

Due sanction(const Figures& f, const Prospetto& p, const ReferenceData& data, const Date& as_of) {
    return uncovered_sanction(f.shortfall_disabled, p.reference_date, as_of, data.amounts, data.calendar);
}

}  // namespace

Assessment assess(const Prospetto& p, const ReferenceData& data, const Date& as_of) {
    Assessment a;
    a.obligation = compute_obligation(p, data.categories, data.comuni.provincia_of(p.comune_sede_legale));
    Due national{Decimal(0), data.calendar.working_days(p.reference_date.plus_days(1), as_of), true};
    for (std::size_t i = 0; i < p.provinces.size(); ++i) {
        const Figures& f = a.obligation.provinces[i];
        const Due contributo = provincial_contributo(p.provinces[i], f, p, data, as_of);
        national.euro += contributo.euro;
        national.complete = national.complete && contributo.complete;
        a.province_amounts.push_back(RowAmounts{contributo, sanction(f, p, data, as_of)});
    }
    a.national_amounts = RowAmounts{national, sanction(a.obligation.national, p, data, as_of)};
    a.discrepancies = discrepancies(p, a.obligation);
    a.late = late_filing(p.reference_date, p.data_invio_day, data.amounts);
    return a;
}

}  // namespace gradus::l68

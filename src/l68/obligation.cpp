#include "gradus/l68/obligation.hpp"

#include "gradus/l68/coverage.hpp"
#include "gradus/l68/exemptions.hpp"

#include <algorithm>

namespace gradus::l68 {
namespace {

void append(Workforce& to, const Workforce& from) {
    to.full_time += from.full_time;
    to.part_time.insert(to.part_time.end(), from.part_time.begin(), from.part_time.end());
}

// The national totals as one detail, so that every share is summed and rounded once.
ProvincialDetail national_totals(const std::vector<ProvincialDetail>& provinces) {
    ProvincialDetail n;
    n.provincia = std::string(national_code);
    for (const auto& d : provinces) {
        n.employees += d.employees;
        append(n.disabled, d.disabled);
        append(n.switchboard_blind, d.switchboard_blind);
        append(n.physiotherapist_blind, d.physiotherapist_blind);
        append(n.telework, d.telework);
        append(n.agency_disabled, d.agency_disabled);
        append(n.convention_disabled, d.convention_disabled);
        n.excluded.insert(n.excluded.end(), d.excluded.begin(), d.excluded.end());
        n.part_time.insert(n.part_time.end(), d.part_time.begin(), d.part_time.end());
        n.intermittent.insert(n.intermittent.end(), d.intermittent.begin(), d.intermittent.end());
        n.protected_category += d.protected_category;
        if (d.protected_in_service_17012000) {
            n.protected_in_service_17012000 = n.protected_in_service_17012000.value_or(0) + *d.protected_in_service_17012000;
        }
        n.compensations.insert(n.compensations.end(), d.compensations.begin(), d.compensations.end());
    }
    return n;
}

std::int64_t net_compensation(const std::vector<Compensation>& rows, Beneficiary who) {
    std::int64_t net = 0;
    for (const auto& c : rows) {
        if (c.beneficiary == who) net += c.kind == CompensationKind::surplus ? c.count : -c.count;
    }
    return net;
}

// Shortfall = quota - coverage - exemptions + eccedenze - riduzioni, never below 0 (UNIPI
// Numerico is non-negative; art. 5 c. 8).
void set_shortfalls(Figures& f) {
    f.shortfall_disabled =
        std::max<std::int64_t>(0, f.quota_disabled - f.disabled - f.exempted + f.compensation_disabled);
    f.shortfall_protected =
        std::max<std::int64_t>(0, f.quota_protected - f.protected_category + f.compensation_protected);
}

Figures common_figures(const ProvincialDetail& d, const Bases& bases) {
    Figures f;
    f.provincia = d.provincia;
    f.bases = bases;
    f.disabled = disabled_coverage(d);
    f.protected_category = d.protected_category;
    f.compensation_disabled = net_compensation(d.compensations, Beneficiary::disabled);
    f.compensation_protected = net_compensation(d.compensations, Beneficiary::protected_category);
    return f;
}

// Art. 18 workers above their quota, in service since before L. 68/1999 came into force
// (17/01/2000), reduce the disabled shortfall (PRODIS get_n_scoperture_disabili; basis [I]).
std::int64_t art18_offset(const Figures& f, std::int64_t in_service_17012000) {
    const std::int64_t surplus = f.protected_category - f.quota_protected;
    if (f.shortfall_disabled <= 0 || surplus <= 0 || in_service_17012000 <= 0) return 0;
    return std::min({f.quota_protected, surplus, in_service_17012000, f.shortfall_disabled});
}

}  // namespace

Obligation compute_obligation(const Prospetto& p, const ExcludedCategories& categories,
                              const std::optional<std::string>& sede_provincia) {
    const Date& reference = p.reference_date;
    Obligation o;
    o.sede_provincia = sede_provincia;

    const ProvincialDetail totals = national_totals(p.provinces);
    std::int64_t suspended = 0;
    for (const auto& d : p.provinces) suspended += suspended_workers(d, reference);
    Figures& n = o.national;
    n = common_figures(totals, compute_bases(totals, categories, suspended));
    o.category = category_of(n.bases.art3.base);
    n.quota_disabled = national_disabled_quota(o.category, n.bases.art3.base);
    n.quota_protected = national_protected_quota(n.bases.art18.base);

    for (const auto& d : p.provinces) {
        Figures f = common_figures(d, compute_bases(d, categories, suspended_workers(d, reference)));
        const bool sede = sede_provincia && *sede_provincia == d.provincia;
        f.quota_disabled = provincial_disabled_quota(o.category, f.bases.art3.base, sede);
        f.quota_protected = provincial_protected_quota(n.bases.art18.base, f.bases.art18.base, sede);
        f.exempted = exempted_units(d, f.quota_disabled, reference);
        f.suspension = suspension_in_force(d.suspension, reference);
        set_shortfalls(f);
        f.art18_offset = art18_offset(f, d.protected_in_service_17012000.value_or(0));
        f.shortfall_disabled -= f.art18_offset;
        n.exempted += f.exempted;
        n.suspension = n.suspension || f.suspension;
        o.provinces.push_back(std::move(f));
    }
    set_shortfalls(n);
    n.art18_offset = art18_offset(n, totals.protected_in_service_17012000.value_or(0));
    n.shortfall_disabled -= n.art18_offset;
    return o;
}

}  // namespace gradus::l68

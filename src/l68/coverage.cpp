#include "gradus/l68/coverage.hpp"

namespace gradus::l68 {

Ratio coverage_share(const Workforce& workers) {
    Ratio sum = workers.full_time;
    for (const auto& g : workers.part_time) {
        const Ratio share = hours_share(g);
        sum += share > Ratio(g.count, 2) ? Ratio(g.count) : share;
    }
    return sum;
}

std::int64_t disabled_coverage(const ProvincialDetail& d) {
    return over_half(coverage_share(d.disabled) + coverage_share(d.switchboard_blind) +
                     coverage_share(d.physiotherapist_blind) + coverage_share(d.agency_disabled) +
                     coverage_share(d.convention_disabled));
}

}  // namespace gradus::l68

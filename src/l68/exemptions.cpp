#include "gradus/l68/exemptions.hpp"

#include "gradus/l68/ratio.hpp"

namespace gradus::l68 {

bool suspension_in_force(const std::optional<Suspension>& s, const Date& reference) {
    return s && s->state == Approval::approved && (!s->ends || reference <= *s->ends);
}

std::int64_t suspended_workers(const ProvincialDetail& d, const Date& reference) {
    return suspension_in_force(d.suspension, reference) ? d.suspension->workers : 0;
}

bool exemption_in_force(const std::optional<Exemption>& e, const Date& reference) {
    return e && e->state == Approval::approved && (!e->until || reference <= *e->until);
}

std::int64_t esonero_units(const ProvincialDetail& d, std::int64_t quota, const Date& reference) {
    if (!exemption_in_force(d.exemption, reference)) return 0;
    if (d.exemption->percent) return percent_over_half(*d.exemption->percent, quota);
    return d.exemption->workers.value_or(0);
}

std::int64_t self_certified_units(const ProvincialDetail& d) {
    return d.self_certified ? d.self_certified->exempted : 0;
}

std::int64_t exempted_units(const ProvincialDetail& d, std::int64_t quota, const Date& reference) {
    return esonero_units(d, quota, reference) + self_certified_units(d);
}

}  // namespace gradus::l68

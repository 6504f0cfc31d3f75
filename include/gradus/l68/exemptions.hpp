#pragma once

#include "gradus/core/date.hpp"
#include "gradus/l68/prospetto.hpp"

#include <cstdint>

namespace gradus::l68 {

// An approved suspension (stato E) whose end is not before `reference` (L. 68/1999 art. 3 c. 5).
bool suspension_in_force(const std::optional<Suspension>& s, const Date& reference);
std::int64_t suspended_workers(const ProvincialDetail& detail, const Date& reference);

// An approved esonero (stato E) whose finoal is not before `reference` (art. 5 c. 3).
bool exemption_in_force(const std::optional<Exemption>& e, const Date& reference);

// Units of an esonero in force: over_half(percentuale x quota / 100) (art. 5 c. 3, art. 4 c. 2;
// DM 357/2000), or its declared number when no percentage is given.
std::int64_t esonero_units(const ProvincialDetail& detail, std::int64_t disabled_quota, const Date& reference);
// The numerolavoratoriesonero of the 60 per mille self-certification (art. 5 c. 3-bis).
std::int64_t self_certified_units(const ProvincialDetail& detail);
// Exempted units of a province: both of the above.
std::int64_t exempted_units(const ProvincialDetail& detail, std::int64_t disabled_quota, const Date& reference);

}  // namespace gradus::l68

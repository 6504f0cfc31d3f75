#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/core/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::report {

// The ids of the score components that occur in the ranking, one column each: first the known
// ones in the order base, isee, did, disoccupazione, eta, carichi, then any other id in the order
// it first occurs.
std::vector<std::string> component_columns(const std::vector<art16::RankedCandidate>& ranked);

// The points of component `id` for this candidate; empty when the candidate has no such component.
std::optional<Decimal> component_points(const art16::RankedCandidate& candidate, std::string_view id);

}  // namespace gradus::report

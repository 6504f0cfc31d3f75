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

// The points of every column for this candidate in one pass over its components, into `points`
// (one entry per column, reused from row to row): what component_points gives per column, null
// where it gives nothing.
void points_by_column(const art16::RankedCandidate& candidate, const std::vector<std::string>& columns,
                      std::vector<const Decimal*>& points);

}  // namespace gradus::report

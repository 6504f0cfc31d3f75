#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/core/decimal.hpp"

#include <optional>
#include <vector>

namespace gradus::report {

// The kinds of score component that occur in the ranking, one column each, in the order of
// art16::Component.
std::vector<art16::Component> component_columns(const std::vector<art16::RankedCandidate>& ranked);

// The points of the component of this kind for this candidate; empty when the candidate has none.
std::optional<Decimal> component_points(const art16::RankedCandidate& candidate, art16::Component kind);

// The points of every column for this candidate in one pass over its components, into `points`
// (one entry per column, reused from row to row): what component_points gives per column, null
// where it gives nothing.
void points_by_column(const art16::RankedCandidate& candidate, const std::vector<art16::Component>& columns,
                      std::vector<const Decimal*>& points);

}  // namespace gradus::report

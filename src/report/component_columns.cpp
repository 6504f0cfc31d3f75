#include "gradus/report/component_columns.hpp"

#include <algorithm>

namespace gradus::report {

namespace {
bool occurs(const std::vector<art16::RankedCandidate>& ranked, art16::Component kind) {
    return std::any_of(ranked.begin(), ranked.end(),
                       [kind](const art16::RankedCandidate& c) { return component_points(c, kind).has_value(); });
}
}  // namespace

std::vector<art16::Component> component_columns(const std::vector<art16::RankedCandidate>& ranked) {
    std::vector<art16::Component> columns;
    for (const art16::Component kind : art16::all_components) {
        if (occurs(ranked, kind)) {
            columns.push_back(kind);
        }
    }
    return columns;
}

std::optional<Decimal> component_points(const art16::RankedCandidate& candidate, art16::Component kind) {
    const auto it = std::find_if(candidate.components.begin(), candidate.components.end(),
                                 [kind](const art16::ScoreComponent& c) { return c.kind == kind; });
    if (it == candidate.components.end()) {
        return std::nullopt;
    }
    return it->points;
}

void points_by_column(const art16::RankedCandidate& candidate, const std::vector<art16::Component>& columns,
                      std::vector<const Decimal*>& points) {
    points.assign(columns.size(), nullptr);
    for (const art16::ScoreComponent& component : candidate.components) {
        const auto column = std::find(columns.begin(), columns.end(), component.kind);
        if (column != columns.end()) {
            const Decimal*& cell = points[static_cast<std::size_t>(column - columns.begin())];
            // The first component of a kind wins, as in component_points.
            if (cell == nullptr) {
                cell = &component.points;
            }
        }
    }
}

}  // namespace gradus::report

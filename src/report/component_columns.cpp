#include "gradus/report/component_columns.hpp"

#include <algorithm>
#include <array>

namespace gradus::report {

namespace {
constexpr std::array<std::string_view, 6> known_order = {"base", "isee", "did", "disoccupazione", "eta", "carichi"};

bool occurs(const std::vector<art16::RankedCandidate>& ranked, std::string_view id) {
    return std::any_of(ranked.begin(), ranked.end(),
                       [id](const art16::RankedCandidate& c) { return component_points(c, id).has_value(); });
}

bool is_known(std::string_view id) {
    return std::find(known_order.begin(), known_order.end(), id) != known_order.end();
}
}  // namespace

std::vector<std::string> component_columns(const std::vector<art16::RankedCandidate>& ranked) {
    std::vector<std::string> columns;
    for (const std::string_view id : known_order) {
        if (occurs(ranked, id)) {
            columns.emplace_back(id);
        }
    }
    for (const art16::RankedCandidate& candidate : ranked) {
        for (const art16::ScoreComponent& component : candidate.components) {
            if (!is_known(component.id) &&
                std::find(columns.begin(), columns.end(), component.id) == columns.end()) {
                columns.push_back(component.id);
            }
        }
    }
    return columns;
}

std::optional<Decimal> component_points(const art16::RankedCandidate& candidate, std::string_view id) {
    const auto it = std::find_if(candidate.components.begin(), candidate.components.end(),
                                 [id](const art16::ScoreComponent& c) { return c.id == id; });
    if (it == candidate.components.end()) {
        return std::nullopt;
    }
    return it->points;
}

void points_by_column(const art16::RankedCandidate& candidate, const std::vector<std::string>& columns,
                      std::vector<const Decimal*>& points) {
    points.assign(columns.size(), nullptr);
    for (const art16::ScoreComponent& component : candidate.components) {
        const auto column = std::find(columns.begin(), columns.end(), component.id);
        if (column != columns.end()) {
            const Decimal*& cell = points[static_cast<std::size_t>(column - columns.begin())];
            // The first component with an id wins, as in component_points.
            if (cell == nullptr) {
                cell = &component.points;
            }
        }
    }
}

}  // namespace gradus::report

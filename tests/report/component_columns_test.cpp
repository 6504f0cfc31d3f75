#include "gradus/report/component_columns.hpp"

#include <catch2/catch.hpp>

#include <vector>

using gradus::Decimal;
using gradus::art16::Component;
using gradus::art16::RankedCandidate;
using gradus::report::component_columns;
using gradus::report::component_points;

namespace {
RankedCandidate with_components(std::vector<gradus::art16::ScoreComponent> components) {
    RankedCandidate candidate;
    candidate.components = std::move(components);
    return candidate;
}
}  // namespace

TEST_CASE("component_columns lists the components that occur in the fixed order", "[report]") {
    const std::vector<RankedCandidate> ranked = {
        with_components({{Component::carichi, Decimal(2)}, {Component::base, Decimal(100)}}),
        with_components({{Component::eta, Decimal(1)}, {Component::isee, Decimal(-3)}, {Component::base, Decimal(100)}}),
    };
    CHECK(component_columns(ranked) ==
          std::vector<Component>{Component::base, Component::isee, Component::eta, Component::carichi});
}

TEST_CASE("component_columns of an empty ranking is empty", "[report]") {
    CHECK(component_columns({}).empty());
}

TEST_CASE("component_points finds a component by kind", "[report]") {
    const RankedCandidate candidate =
        with_components({{Component::base, Decimal(100)}, {Component::isee, Decimal::parse("-1.5")}});
    REQUIRE(component_points(candidate, Component::isee).has_value());
    CHECK(component_points(candidate, Component::isee)->to_string() == "-1.5");
    CHECK_FALSE(component_points(candidate, Component::did).has_value());
}

TEST_CASE("points_by_column gives each column what component_points gives, first occurrence first", "[report]") {
    const RankedCandidate candidate = with_components({{Component::isee, Decimal::parse("-1.5")},
                                                       {Component::base, Decimal(100)},
                                                       {Component::eta, Decimal(1)},
                                                       {Component::isee, Decimal(9)}});
    const std::vector<Component> columns = {Component::base, Component::isee, Component::did, Component::eta};
    std::vector<const Decimal*> points = {nullptr};  // whatever it held before is replaced
    gradus::report::points_by_column(candidate, columns, points);
    REQUIRE(points.size() == columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto expected = component_points(candidate, columns[i]);
        REQUIRE(expected.has_value() == (points[i] != nullptr));
        if (expected) CHECK(*points[i] == *expected);
    }
    CHECK(points[1]->to_string() == "-1.5");
}

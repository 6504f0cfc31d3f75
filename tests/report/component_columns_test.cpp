#include "gradus/report/component_columns.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using gradus::Decimal;
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
        with_components({{"carichi", Decimal(2)}, {"base", Decimal(100)}}),
        with_components({{"eta", Decimal(1)}, {"isee", Decimal(-3)}, {"base", Decimal(100)}}),
    };
    CHECK(component_columns(ranked) == std::vector<std::string>{"base", "isee", "eta", "carichi"});
}

TEST_CASE("component_columns appends unknown components in order of first occurrence", "[report]") {
    const std::vector<RankedCandidate> ranked = {
        with_components({{"zeta", Decimal(1)}, {"base", Decimal(100)}}),
        with_components({{"alfa", Decimal(1)}, {"zeta", Decimal(2)}, {"did", Decimal(6)}}),
    };
    CHECK(component_columns(ranked) == std::vector<std::string>{"base", "did", "zeta", "alfa"});
}

TEST_CASE("component_columns of an empty ranking is empty", "[report]") {
    CHECK(component_columns({}).empty());
}

TEST_CASE("component_points finds a component by id", "[report]") {
    const RankedCandidate candidate = with_components({{"base", Decimal(100)}, {"isee", Decimal::parse("-1.5")}});
    REQUIRE(component_points(candidate, "isee").has_value());
    CHECK(component_points(candidate, "isee")->to_string() == "-1.5");
    CHECK_FALSE(component_points(candidate, "did").has_value());
}

TEST_CASE("points_by_column gives each column what component_points gives, first occurrence first", "[report]") {
    const RankedCandidate candidate = with_components(
        {{"isee", Decimal::parse("-1.5")}, {"base", Decimal(100)}, {"zeta", Decimal(1)}, {"isee", Decimal(9)}});
    const std::vector<std::string> columns = {"base", "isee", "did", "zeta"};
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

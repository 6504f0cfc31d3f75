#include "gradus/report/component_legend.hpp"

#include <catch2/catch.hpp>

using gradus::Decimal;
using gradus::art16::Component;
using gradus::criteria::Criteria;
using gradus::criteria::IseeRule;
using gradus::criteria::Verification;
using gradus::report::component_legend;

namespace {
Criteria criteria_with_sources() {
    Criteria c;
    c.sources = {{"S1", "DPR 487/1994 Tabella", "https://example.org/dpr"}, {"S5", "DGR 1/2017", ""}};
    c.base = {Decimal(100), Verification::verified, "S1"};
    IseeRule isee;
    isee.step = {Decimal(1000), Verification::verified, "S5"};
    isee.points_per_step = {Decimal(-1), Verification::verified, "S5"};
    isee.missing_points = {Decimal(-25), Verification::inferred, "S9"};
    c.isee = isee;
    return c;
}
}  // namespace

TEST_CASE("component_legend describes each component and resolves the sources it cites", "[report]") {
    const auto legend = component_legend(criteria_with_sources(), {Component::base, Component::isee});
    REQUIRE(legend.size() == 2);

    CHECK(legend[0].kind == Component::base);
    CHECK(legend[0].description == "punteggio base");
    REQUIRE(legend[0].sources.size() == 1);
    CHECK(legend[0].sources[0].title == "DPR 487/1994 Tabella");
    CHECK(legend[0].sources[0].url == "https://example.org/dpr");

    CHECK(legend[1].kind == Component::isee);
    REQUIRE(legend[1].sources.size() == 2);
    CHECK(legend[1].sources[0].id == "S5");
    CHECK(legend[1].sources[0].title == "DGR 1/2017");
    CHECK(legend[1].sources[1].id == "S9");
    CHECK(legend[1].sources[1].title.empty());
}

TEST_CASE("component_legend describes every kind of component the scoring produces", "[report]") {
    const std::vector<Component> all = {Component::base, Component::isee, Component::did,
                                        Component::disoccupazione, Component::eta, Component::carichi};
    const auto legend = component_legend(Criteria{}, all);
    REQUIRE(legend.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(legend[i].kind == all[i]);
        CHECK_FALSE(legend[i].description.empty());
        CHECK(legend[i].sources.empty());  // no criteria, no sources
    }
}

// The rule files shipped in criteria/lsu/ load, carry the numbers the law gives with their
// status, and keep unknowns unknown.

#include "../cli/run_gradus.hpp"

#include "gradus/xml/lsu_rules_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::lsu;

namespace {

const std::filesystem::path schemas = test::source_dir / "schemas";

RuleSet shipped(const std::string& file) {
    const auto path = test::source_dir / "criteria" / "lsu" / file;
    return xml::read_lsu_rules(test::slurp(path), path.string(), schemas);
}

}  // namespace

TEST_CASE("D.Lgs. 468/1997 rule file: art. 8 c. 2 hours, art. 1 c. 2 caps, art. 7 priority", "[lsu][rules]") {
    const RuleSet r = shipped("regole-art7-dlgs468-1997.xml");
    CHECK(r.regime == Regime::art7_468_1997);
    CHECK(r.hours.min_weekly->value() == Decimal(20));
    CHECK(r.hours.max_daily->value() == Decimal(8));
    CHECK(r.hours.max_daily->parameter.status == Verification::verified);
    REQUIRE(r.durations.size() == 4);
    CHECK(r.durations[0].tipologia == "a");
    CHECK(r.durations[0].max_proroghe.value() == 2);
    CHECK_FALSE(r.durations[3].max_months.known());
    CHECK(r.priority->value() == std::vector<PriorityKey>{PriorityKey::residents_first, PriorityKey::longest_residual});
    CHECK(r.residence->value() == ResidenceArea::comune_or_cpi_area);
    CHECK(r.service.sap_code.value() == "C06");
}

TEST_CASE("D.Lgs. 150/2015 art. 26 rule file: c. 5 hours stay unknown, no priority", "[lsu][rules]") {
    const RuleSet r = shipped("regole-art26-dlgs150-2015.xml");
    REQUIRE(r.over60);
    CHECK(r.over60->min_age.value() == 60);
    CHECK(r.over60->min_age.parameter.status == Verification::inferred);
    CHECK_FALSE(r.over60->max_weekly_hours.known());
    CHECK_FALSE(r.priority);
    CHECK(r.status.within_employment->value());
    CHECK_FALSE(r.residual_longer_than_project);
}

TEST_CASE("D.Lgs. 81/2000 rule file: 20 h a week, 6 + 6 months, residence unknown", "[lsu][rules]") {
    const RuleSet r = shipped("regole-dlgs81-2000.xml");
    CHECK(r.hours.max_weekly->value() == Decimal(20));
    CHECK(r.durations.front().months_per_proroga.value() == 6);
    CHECK_FALSE(r.residence->known());
    CHECK(r.valid_from == Date::from_ymd(2000, 5, 1));
}

TEST_CASE("a rule file with a value under stato N, or an undeclared fonte, is refused with its place", "[lsu][rules]") {
    std::string text = test::slurp(test::source_dir / "criteria/lsu/regole-dlgs81-2000.xml");
    const std::string known = R"(<residenza stato="N" fonte="NDS-81" articolo="D.Lgs. 81/2000"/>)";
    REQUIRE(text.find(known) != std::string::npos);
    std::string bad = text;
    bad.replace(bad.find(known), known.size(), R"(<residenza stato="N" fonte="NDS-81" articolo="D.Lgs. 81/2000">comune</residenza>)");
    CHECK_THROWS_WITH(xml::read_lsu_rules(bad, "bad.xml", schemas), Catch::Contains("bad.xml:") && Catch::Contains("stato N"));
    bad = text;
    bad.replace(bad.find(known), known.size(), R"(<residenza stato="S" fonte="ALTRO" articolo="D.Lgs. 81/2000">comune</residenza>)");
    CHECK_THROWS_WITH(xml::read_lsu_rules(bad, "bad.xml", schemas), Catch::Contains("fonte 'ALTRO'"));
}

TEST_CASE("the office's compatibility table loads", "[lsu][rules]") {
    const auto path = test::source_dir / "criteria/lsu/compatibilita-qualifiche.xml";
    const auto table = xml::read_lsu_compatibility(test::slurp(path), path.string(), schemas);
    CHECK(table.id == "demo-cpi-forli");
    CHECK(table.pairs.size() == 9);
}

// The criteria files shipped in criteria/, read as an office would, against worked examples
// computed by hand from shared/domain/art16-graduatorie.md.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

criteria::Criteria shipped(const std::string& file) {
    const std::filesystem::path root = GRADUS_SOURCE_DIR;
    return xml::read_criteria(root / "criteria" / file, root / "schemas");
}

art16::RankedCandidate ranked_one(const criteria::Criteria& cr, const art16::Candidatura& c,
                                  art16::RankOptions options = {}, art16::Avviso a = avviso()) {
    const auto g = art16::rank(a, cr, {c}, options);
    REQUIRE(g.ranked.size() == 1);
    return g.ranked.front();
}

}  // namespace

TEST_CASE("Shipped Emilia-Romagna criteria: 100 - ISEE steps + DID + age (S5)", "[art16][shipped][er]") {
    const auto er = shipped("emilia-romagna-art16.xml");
    auto c = candidatura(1);
    c.isee = isee("12500.00");               // 12.5 thousands, half rounds down: -12
    c.did_date = Date::from_ymd(2025, 9, 1);  // before publication 2026-03-02: +5
    c.status = "disoccupato";
    c.birth = Date::from_ymd(1980, 6, 1);     // 45 at publication: +4
    CHECK(ranked_one(er, c).score == Decimal(97));  // 100 - 12 + 5 + 4
    c.isee = isee("12500.01");                // just above the half: -13
    CHECK(ranked_one(er, c).score == Decimal(96));
}

TEST_CASE("Shipped Emilia-Romagna criteria: younger first on equal score", "[art16][shipped][er]") {
    auto a = candidatura(1);
    a.birth = Date::from_ymd(1970, 1, 1);  // 56 at publication, but no DID: no age points
    auto b = candidatura(2);
    b.birth = Date::from_ymd(1999, 1, 1);
    const auto g = art16::rank(avviso(), shipped("emilia-romagna-art16.xml"), {a, b});
    REQUIRE(g.ranked.size() == 2);
    CHECK(g.ranked[0].score == Decimal(75));  // both 100 - 25 for the missing ISEE
    CHECK(g.candidature[g.ranked[0].candidatura].protocol == "000002");
    CHECK(g.ranked[1].decided_by == "piu_giovane");
}

TEST_CASE("Shipped Veneto DGR 1219/2021 criteria: 1000 - ISEE hundreds, cap 400 (S26)", "[art16][shipped][veneto]") {
    const auto v = shipped("veneto-art16-dgr1219-2021.xml");
    auto c = candidatura(1);
    c.isee = isee("12349.00");  // 123.49 hundreds -> 123 -> 877
    CHECK(ranked_one(v, c).score == Decimal(877));
    c.isee = isee("12350.00");  // 123.5 -> 124 -> 876
    CHECK(ranked_one(v, c).score == Decimal(876));
    c.isee.reset();             // missing: -400 -> 600
    CHECK(ranked_one(v, c).score == Decimal(600));
}

TEST_CASE("Shipped Campania criteria: the 97.5 worked example (S6)", "[art16][shipped][campania]") {
    auto c = candidatura(1);
    c.isee = isee("8700.00");                  // 8.7 -> 9 -> -9
    c.did_date = Date::from_ymd(2022, 11, 2);  // 40 months to 2026-03-02 -> +4.0
    c.dependants = {{"figlio", Date::from_ymd(2012, 4, 1), 0}, {"coniuge", Date::from_ymd(1982, 2, 1), 70}};  // +1 +1.5
    const auto rc = ranked_one(shipped("campania-art16.xml"), c);
    CHECK(rc.score.to_string() == "97.5");
}

TEST_CASE("Shipped Lombardia criteria: DID points unknown, so ranking needs --allow-unknown", "[art16][shipped][lombardia]") {
    const auto l = shipped("lombardia-art16-2023.xml");
    auto c = candidatura(1);
    c.isee = isee("48700.00");  // 48.7 -> 49 -> -49
    c.did_date = Date::from_ymd(2025, 1, 1);
    CHECK_THROWS_AS(art16::rank(avviso(), l, {c}), ConfigError);
    art16::RankOptions allow;
    allow.allow_unknown_parameters = true;
    const auto rc = ranked_one(l, c, allow);
    CHECK(rc.score == Decimal(51));  // 100 - 49, DID points left out
    c.isee = isee("120000.00");       // 120 steps, capped at 100 -> 0
    CHECK(ranked_one(l, c, allow).score == Decimal(0));
}

TEST_CASE("Shipped national Tabella: 1000 - seniority - 12 per dependant, lower first (§1.2)", "[art16][shipped][tabella]") {
    const auto t = shipped("nazionale-tabella-dpr487-1994.xml");
    auto a = avviso();
    a.publication = Date::from_ymd(2000, 4, 3);
    a.applications_open = Date::from_ymd(2000, 4, 3);
    a.applications_close = Date::from_ymd(2000, 4, 17);
    a.ranking_date = a.applications_close;
    auto c = candidatura(1);
    c.submission_date = Date::from_ymd(2000, 4, 10);
    c.submitted_at = "2000-04-10T10:00:00";
    c.birth = Date::from_ymd(1970, 1, 1);
    c.unemployment_months = 39;
    c.dependants = {{"figlio", Date::from_ymd(1995, 1, 1), 0}, {"figlio", Date::from_ymd(1997, 1, 1), 0}};
    art16::RankOptions allow;  // the income points are [N]
    allow.allow_unknown_parameters = true;
    CHECK_THROWS_AS(art16::rank(a, t, {c}), ConfigError);
    CHECK(ranked_one(t, c, allow, a).score == Decimal(937));  // 1000 - 39 - 24
}

// Worked examples of the regional art. 16 criteria (shared/domain/art16-graduatorie.md §1.2, §2.1,
// §2.2, §2.4), computed by hand in the comments and checked through the whole ranking.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

const art16::RankedCandidate& only(const art16::Graduatoria& g) {
    REQUIRE(g.excluded.empty());
    REQUIRE(g.ranked.size() == 1);
    return g.ranked.front();
}

Decimal score_of(const criteria::Criteria& cr, const art16::Candidatura& c) {
    return only(art16::rank(avviso(), cr, {c})).score;
}

Decimal component(const art16::RankedCandidate& rc, art16::Component kind) {
    for (const auto& c : rc.components) {
        if (c.kind == kind) return c.points;
    }
    FAIL("no component " << art16::to_string(kind));
    return Decimal(0);
}

art16::Candidatura with_isee(const char* value) {
    auto c = candidatura(1);
    c.isee = isee(value);
    return c;
}

}  // namespace

TEST_CASE("ER art. 16: ISEE rounding at the 500 boundary (S5, over_half on thousands)", "[art16][scoring][er]") {
    const auto er = emilia_romagna();
    // 12500.00 / 1000 = 12.5: a fraction of exactly one half rounds down -> 12 steps -> 100 - 12 = 88
    CHECK(score_of(er, with_isee("12500.00")) == Decimal(88));
    // 12500.01 / 1000 = 12.50001 > 12.5 -> 13 steps -> 87
    CHECK(score_of(er, with_isee("12500.01")) == Decimal(87));
    // 12499.99 -> 12 steps -> 88
    CHECK(score_of(er, with_isee("12499.99")) == Decimal(88));
    // 999.99 / 1000 = 0.99999 -> 1 step -> 99 (the published rule; SIL's "below one step is free" is off)
    CHECK(score_of(er, with_isee("999.99")) == Decimal(99));
    // 500.00 -> 0.5 -> 0 steps -> 100; 0.00 -> 100
    CHECK(score_of(er, with_isee("500.00")) == Decimal(100));
    CHECK(score_of(er, with_isee("0.00")) == Decimal(100));
    // 24500.01 -> 25 steps -> 75; 30000 -> 30 steps, capped at 25 -> 75
    CHECK(score_of(er, with_isee("24500.01")) == Decimal(75));
    CHECK(score_of(er, with_isee("30000.00")) == Decimal(75));
}

TEST_CASE("ER art. 16: below-one-step option costs nothing under one step (SIL behaviour)", "[art16][scoring][er]") {
    auto er = emilia_romagna();
    er.isee->below_one_step_free = true;
    // 999.99 is below the 1000 step: 0 points -> 100; 1000.00 is one step -> 99
    CHECK(score_of(er, with_isee("999.99")) == Decimal(100));
    CHECK(score_of(er, with_isee("1000.00")) == Decimal(99));
}

TEST_CASE("ER art. 16: a missing, flawed, expired or later ISEE costs the missing-ISEE penalty", "[art16][scoring][er]") {
    const auto er = emilia_romagna();
    auto none = candidatura(1);
    CHECK(score_of(er, none) == Decimal(75));  // 100 - 25

    auto flawed = with_isee("5000.00");
    flawed.isee->omissions = true;  // difformita: treated as missing
    CHECK(score_of(er, flawed) == Decimal(75));

    // Submitted 2026-03-10; an ISEE expired on 2026-03-09 is not valid at submission.
    auto expired = candidatura(1);
    expired.isee = isee("5000.00", Date::from_ymd(2025, 3, 1), Date::from_ymd(2026, 3, 9));
    CHECK(score_of(er, expired) == Decimal(75));
    // Expiring on the submission day itself is still valid: 5 steps -> 95
    expired.isee->expiry = Date::from_ymd(2026, 3, 10);
    CHECK(score_of(er, expired) == Decimal(95));

    auto later = candidatura(1);
    later.isee = isee("5000.00", Date::from_ymd(2026, 3, 11), Date::from_ymd(2026, 12, 31));
    CHECK(score_of(er, later) == Decimal(75));
}

TEST_CASE("ER art. 16: DID bonus only for a DID strictly before publication (S5)", "[art16][scoring][er]") {
    const auto er = emilia_romagna();
    auto c = with_isee("0.00");
    c.did_date = Date::from_ymd(2026, 3, 1);  // publication is 2026-03-02
    c.status = "disoccupato";
    CHECK(score_of(er, c) == Decimal(105));
    c.did_date = Date::from_ymd(2026, 3, 2);  // on the publication day: not before
    CHECK(score_of(er, c) == Decimal(100));
    c.did_date = Date::from_ymd(2025, 1, 1);
    c.status = "occupato";
    CHECK(score_of(er, c) == Decimal(100));
}

TEST_CASE("ER art. 16: age points at publication, highest bracket only, for the unemployed (S5, S24)", "[art16][scoring][er]") {
    const auto er = emilia_romagna();
    auto c = with_isee("0.00");
    c.did_date = Date::from_ymd(2025, 6, 1);
    c.status = "disoccupato";
    // Born 1986-03-02: 40 on the publication day 2026-03-02 -> 100 + 5 + 2 = 107
    c.birth = Date::from_ymd(1986, 3, 2);
    CHECK(score_of(er, c) == Decimal(107));
    // Born 1986-03-03: still 39 -> 105
    c.birth = Date::from_ymd(1986, 3, 3);
    CHECK(score_of(er, c) == Decimal(105));
    // 45 -> +4 (not 2 + 4): 109; 50 -> +6: 111
    c.birth = Date::from_ymd(1981, 3, 2);
    CHECK(score_of(er, c) == Decimal(109));
    c.birth = Date::from_ymd(1976, 1, 1);
    CHECK(score_of(er, c) == Decimal(111));
    // Without a DID no age points: 100
    c.did_date.reset();
    CHECK(score_of(er, c) == Decimal(100));
}

TEST_CASE("ER art. 16: the explanation names each component, its input and its source", "[art16][scoring][er]") {
    auto c = with_isee("12500.01");
    c.did_date = Date::from_ymd(2025, 6, 1);
    const auto g = art16::rank(avviso(), emilia_romagna(), {c});
    const auto& rc = only(g);
    const auto* isee_step = rc.explanation.find("isee.punti");
    REQUIRE(isee_step);
    CHECK(isee_step->value == "-13");
    CHECK(isee_step->source.find("test act") != std::string::npos);
    bool names_value = false;
    for (const auto& [k, v] : isee_step->inputs) names_value |= (k == "isee" && v == "12500.01");
    CHECK(names_value);
    const auto* total = rc.explanation.find("totale");
    REQUIRE(total);
    CHECK(total->value == "92");  // 100 - 13 + 5 + 0
}

TEST_CASE("Veneto DGR 1219/2021: ISEE to the nearest hundred, cap 400 (S26)", "[art16][scoring][veneto]") {
    const auto v = veneto();
    // 12349 -> 123.49 hundreds -> 123 -> 1000 - 123 = 877
    CHECK(score_of(v, with_isee("12349.00")) == Decimal(877));
    // 12350 -> 123.5 -> half up -> 124 -> 876 (the exact half: [I] in the domain file)
    CHECK(score_of(v, with_isee("12350.00")) == Decimal(876));
    // 12349.99 -> 123.4999 -> 123 -> 877
    CHECK(score_of(v, with_isee("12349.99")) == Decimal(877));
    // 45000 -> 450, capped at 400 -> 600; missing -> 600
    CHECK(score_of(v, with_isee("45000.00")) == Decimal(600));
    CHECK(score_of(v, candidatura(1)) == Decimal(600));
}

TEST_CASE("Campania: worked example 97.5 with unemployment and an invalid dependant (S6)", "[art16][scoring][campania]") {
    auto c = with_isee("8700.00");  // 8.7 -> 9 steps -> -9
    // 40 whole months of unemployment at publication (2026-03-02): DID 2022-11-02 -> +4.0
    c.did_date = Date::from_ymd(2022, 11, 2);
    c.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 0}, {"coniuge", Date::from_ymd(1980, 1, 1), 70}};
    // 100 - 9 + 4.0 + 1 + 1.5 = 97.5
    const auto g = art16::rank(avviso(), campania(), {c});
    const auto& rc = only(g);
    CHECK(rc.score == Decimal::parse("97.5"));
    CHECK(rc.score.to_string() == "97.5");
    CHECK(component(rc, art16::Component::disoccupazione) == Decimal::parse("4.0"));
    CHECK(component(rc, art16::Component::carichi) == Decimal::parse("2.5"));
}

TEST_CASE("Campania: unemployment counts at most 60 months; 65 % invalidity is not above 65", "[art16][scoring][campania]") {
    auto c = with_isee("0.00");
    c.unemployment_months = 75;  // supplied by the regional system: capped at 60 -> +6.0
    c.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 65}};  // exactly 65: +1, not +1.5
    CHECK(score_of(campania(), c) == Decimal::parse("107.0"));
    // A dependant born after publication does not count yet.
    c.dependants.push_back({"figlio", Date::from_ymd(2026, 3, 3), 0});
    CHECK(score_of(campania(), c) == Decimal::parse("107.0"));
}

TEST_CASE("National Tabella DPR 487/1994: base 1000, lower is better (§1.2 worked example)", "[art16][scoring][tabella]") {
    auto a = candidatura(1);
    // 39 whole months before publication 2026-03-02: DID 2022-12-02 -> -39; two dependants -> -24 -> 937
    a.did_date = Date::from_ymd(2022, 12, 2);
    a.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 0}, {"figlio", Date::from_ymd(2018, 1, 1), 0}};
    auto b = candidatura(2);  // no seniority, no dependants: 1000
    const auto g = art16::rank(avviso(), tabella_nazionale(), {b, a});
    REQUIRE(g.ranked.size() == 2);
    CHECK(g.ranked[0].score == Decimal(937));
    CHECK(g.candidature[g.ranked[0].candidatura].protocol == "000001");
    CHECK(g.ranked[1].score == Decimal(1000));
    CHECK(g.ranked[1].decided_by == "punteggio");
}

TEST_CASE("Seniority is capped at 60 months in the national Tabella (DL 301/1996)", "[art16][scoring][tabella]") {
    auto a = candidatura(1);
    a.did_date = Date::from_ymd(2015, 1, 1);
    CHECK(score_of(tabella_nazionale(), a) == Decimal(940));  // 1000 - 60
}

TEST_CASE("Criteria with unknown parameters refuse to rank unless allowed", "[art16][scoring]") {
    auto lombardia = base_criteria("100", criteria::Direction::higher_first);
    lombardia.did_bonus = criteria::DidBonusRule{};  // points unknown [N]
    REQUIRE_THROWS_AS(art16::rank(avviso(), lombardia, {candidatura(1)}), ConfigError);
    art16::RankOptions allow;
    allow.allow_unknown_parameters = true;
    const auto g = art16::rank(avviso(), lombardia, {candidatura(1)}, allow);
    REQUIRE(g.ranked.size() == 1);
    CHECK(g.ranked[0].score == Decimal(100));
    const auto* step = g.ranked[0].explanation.find("did.bonus");
    REQUIRE(step);
    CHECK(step->value == "non applicato");
}

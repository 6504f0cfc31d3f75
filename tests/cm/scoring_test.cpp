// Hand-computed scores of the regional collocamento mirato schemes
// (shared/domain/l68-collocamento-mirato.md §5.2, §5.3 and §6.1 examples 5 and 6).

#include "builders.hpp"

#include "gradus/cm/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test::cm;

namespace {

Decimal component(const gradus::cm::Scored& s, const std::string& id) {
    for (const auto& c : s.components) {
        if (c.id == id) return c.points;
    }
    FAIL("no component " << id);
    return Decimal(0);
}

const Date ref = Date::from_ymd(2024, 7, 1);

}  // namespace

TEST_CASE("Piemonte DGR 7-6435/2023: 67 %, 30 months, ISEE 4200 -> 67 + 50 + 46 = 163 (§6.1 ex. 5)", "[cm]") {
    auto p = person("1");
    p.invalidity_pct = 67;
    p.registration_date = Date::from_ymd(2022, 1, 1);  // 30 whole months to 1 July 2024
    p.isee = isee("4200.00", Date::from_ymd(2024, 1, 15), Date::from_ymd(2024, 12, 31));
    const auto s = gradus::cm::score_iscritto(piemonte(), p, ref, false);
    CHECK(component(s, "invalidita") == Decimal(67));
    CHECK(component(s, "anzianita") == Decimal(50));  // more than 24 months: flat 50, not 60
    CHECK(component(s, "isee") == Decimal(46));       // 50 - 0.5 x floor(4200 / 500) = 50 - 4
    CHECK(s.explanation.find("isee.punti")->note.find("8 passi; 50 + 8 x -0.5 = 46.0") != std::string::npos);
    CHECK(s.score.to_string() == "163.0");
}

TEST_CASE("Piemonte: 24 months give 2 x 24 = 48, one more month the flat 50; ISEE over 50,000 stays at 0", "[cm]") {
    auto p = person("2");
    p.invalidity_pct = 100;
    p.registration_date = Date::from_ymd(2022, 7, 1);  // exactly 24 months
    p.isee = isee("60000.00", Date::from_ymd(2024, 1, 15), Date::from_ymd(2024, 12, 31));
    auto s = gradus::cm::score_iscritto(piemonte(), p, ref, false);
    CHECK(component(s, "anzianita") == Decimal(48));
    CHECK(component(s, "isee") == Decimal(0));  // 50 - 60 would be negative
    p.registration_date = Date::from_ymd(2022, 6, 1);
    s = gradus::cm::score_iscritto(piemonte(), p, ref, false);
    CHECK(component(s, "anzianita") == Decimal(50));
}

TEST_CASE("Lecco: Jan 2020, 2 dependants, income 9000, 70 % -> 1000 + 381 - 24 + 48 + 24 - 21 = 1408 (§6.1 ex. 6)", "[cm]") {
    auto p = person("3");
    p.registration_date = Date::from_ymd(2020, 1, 31);  // 381 whole months after 30 April 1988
    p.invalidity_pct = 70;
    p.income = gradus::cm::Reddito{Decimal::parse("9000.00"), 2023, {}};
    p.dependants = {{"figlio", Date::from_ymd(2015, 3, 1), 0}, {"coniuge", Date::from_ymd(1982, 5, 5), 0}};
    const auto s = gradus::cm::score_iscritto(lecco(), p, ref, true);
    CHECK(component(s, "anzianita") == Decimal(381));
    CHECK(component(s, "carichi") == Decimal(-24));
    CHECK(component(s, "reddito") == Decimal(72));  // (9000 - 7746.85) / 516.45 = 2.43: 2 whole blocks
    CHECK(component(s, "invalidita") == Decimal(-21));
    CHECK(s.score == Decimal(1408));

    SECTION("for a private employer the invalidity term is left out: 1429") {
        const auto priv = gradus::cm::score_iscritto(lecco(), p, ref, false);
        CHECK(component(priv, "invalidita") == Decimal(0));
        CHECK(priv.score == Decimal(1429));
        CHECK(priv.explanation.find("invalidita")->note.find("datori pubblici") != std::string::npos);
    }
    SECTION("when partial blocks count ([I] reading), 3 blocks: 1420") {
        auto c = lecco();
        c.income->partial_blocks_count = true;
        CHECK(gradus::cm::score_iscritto(c, p, ref, true).score == Decimal(1420));
    }
}

TEST_CASE("Lecco: a registration before 30 April 1988 lowers the score by 1 per whole month", "[cm]") {
    auto p = person("4");
    p.registration_date = Date::from_ymd(1987, 4, 30);  // 12 months before
    p.income = gradus::cm::Reddito{Decimal::parse("7746.85"), 2023, {}};  // at the threshold: 0
    const auto s = gradus::cm::score_iscritto(lecco(), p, ref, false);
    CHECK(component(s, "anzianita") == Decimal(-12));
    CHECK(component(s, "reddito") == Decimal(0));
    CHECK(s.score == Decimal(988));
}

TEST_CASE("Lecco invalidity bands at their edges: 50 -> -7, 51 -> -14, 79 -> -21, 80 -> -28, 33 -> 0", "[cm]") {
    auto p = person("5");
    p.income = gradus::cm::Reddito{Decimal::parse("0.00"), 2023, {}};
    const auto inv = [&](int pct) {
        p.invalidity_pct = pct;
        return component(gradus::cm::score_iscritto(lecco(), p, ref, true), "invalidita");
    };
    CHECK(inv(50) == Decimal(-7));
    CHECK(inv(51) == Decimal(-14));
    CHECK(inv(79) == Decimal(-21));
    CHECK(inv(80) == Decimal(-28));
    CHECK(inv(33) == Decimal(0));
}

TEST_CASE("An expired ISEE counts as missing and the explanation says it expired", "[cm]") {
    auto c = piemonte();
    c.isee->missing_points = dec("0");
    auto p = person("6");
    p.isee = isee("1000.00", Date::from_ymd(2023, 1, 10), Date::from_ymd(2023, 12, 31));
    const auto s = gradus::cm::score_iscritto(c, p, ref, false);
    CHECK(component(s, "isee") == Decimal(0));  // 49 if it were still valid
    const auto* step = s.explanation.find("isee.mancante");
    REQUIRE(step != nullptr);
    CHECK(step->note.find("scaduto il 31/12/2023") != std::string::npos);
    CHECK_FALSE(s.facts.valid_isee.has_value());
}

TEST_CASE("An income older than the criteria allow counts as missing, with the reason", "[cm]") {
    auto c = lecco();
    c.income->missing_points = dec("48");
    auto p = person("7");
    p.income = gradus::cm::Reddito{Decimal::parse("1000.00"), 2022, {}};  // 2024 - 1 = 2023 is the oldest allowed
    const auto s = gradus::cm::score_iscritto(c, p, ref, false);
    CHECK(component(s, "reddito") == Decimal(48));
    const auto* step = s.explanation.find("reddito.mancante");
    REQUIRE(step != nullptr);
    CHECK(step->note.find("anno minimo 2023") != std::string::npos);
}

TEST_CASE("An unknown [N] parameter leaves its component out with the reason", "[cm]") {
    auto c = lecco();
    c.income->missing_points = {};
    auto p = person("8");
    const auto s = gradus::cm::score_iscritto(c, p, ref, false);
    for (const auto& comp : s.components) CHECK(comp.id != "reddito");
    REQUIRE(s.explanation.find("reddito.mancante") != nullptr);
    CHECK(s.explanation.find("reddito.mancante")->value == "non applicato");
}

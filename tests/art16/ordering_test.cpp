// The total order of a graduatoria: score, every tie-break the criteria can name, groups, and the
// protocol number last; each tie says which key decided it.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

std::vector<std::string> protocols(const art16::Graduatoria& g) {
    std::vector<std::string> out;
    for (const auto& r : g.ranked) out.push_back(g.candidature[r.candidatura].protocol);
    return out;
}

criteria::Criteria flat_with(std::vector<criteria::TieBreak> tie_breaks) {
    auto c = base_criteria("100", criteria::Direction::higher_first);
    tie_breaks.push_back(criteria::TieBreak::protocol);
    c.tie_breaks = std::move(tie_breaks);
    return c;
}

}  // namespace

TEST_CASE("Higher score first; lower first when the criteria say so", "[art16][ordering]") {
    auto rich = candidatura(1);
    rich.isee = isee("20000.00");
    auto poor = candidatura(2);
    poor.isee = isee("2000.00");
    const auto g = art16::rank(avviso(), emilia_romagna(), {rich, poor});
    CHECK(protocols(g) == std::vector<std::string>{"000002", "000001"});
    CHECK(g.ranked[1].decided_by == "punteggio");
}

TEST_CASE("ER tie-break: on equal score the younger comes first (S5)", "[art16][ordering]") {
    auto older = candidatura(1);
    older.birth = Date::from_ymd(1980, 1, 1);
    auto younger = candidatura(2);
    younger.birth = Date::from_ymd(1995, 1, 1);
    const auto g = art16::rank(avviso(), flat_with({criteria::TieBreak::younger_first}), {older, younger});
    CHECK(protocols(g) == std::vector<std::string>{"000002", "000001"});
    CHECK(g.ranked[1].decided_by == "piu_giovane");
    const auto* tie = g.ranked[1].explanation.find("ordine.parita");
    REQUIRE(tie);
    CHECK(tie->value == "piu_giovane");
}

TEST_CASE("Older first (Valle d'Aosta), more dependants, more dependant points", "[art16][ordering]") {
    auto a = candidatura(1);
    a.birth = Date::from_ymd(1995, 1, 1);
    auto b = candidatura(2);
    b.birth = Date::from_ymd(1980, 1, 1);
    CHECK(protocols(art16::rank(avviso(), flat_with({criteria::TieBreak::older_first}), {a, b})) ==
          std::vector<std::string>{"000002", "000001"});

    b.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 0}};
    const auto by_count = art16::rank(avviso(), flat_with({criteria::TieBreak::more_dependants}), {a, b});
    CHECK(protocols(by_count) == std::vector<std::string>{"000002", "000001"});
    CHECK(by_count.ranked[1].decided_by == "piu_carichi");

    // Campania: same score is impossible with different dependant points, so compare within a
    // criteria that counts dependants but give both the same score through the ISEE.
    auto cr = campania();
    auto c1 = candidatura(3);
    c1.isee = isee("1000.00");  // -1
    c1.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 0}};  // +1 -> 100.0
    auto c2 = candidatura(4);
    c2.birth = c1.birth;
    c2.isee = isee("2400.00");  // -2
    c2.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 80}, {"figlio", Date::from_ymd(2016, 1, 1), 80}};  // +3 -> 101.0
    auto c3 = candidatura(5);
    c3.birth = c1.birth;
    c3.isee = isee("2400.00");  // -2
    c3.dependants = {{"figlio", Date::from_ymd(2015, 1, 1), 0}, {"figlio", Date::from_ymd(2016, 1, 1), 0}};  // +2 -> 100.0
    c3.unemployment_months = 0;
    // c1 and c3 both 100.0, same birth: c3 has 2.0 dependant points against 1.0
    const auto g = art16::rank(avviso(), cr, {c1, c2, c3});
    CHECK(protocols(g) == std::vector<std::string>{"000004", "000005", "000003"});
    CHECK(g.ranked[2].decided_by == "piu_punti_carichi");
}

TEST_CASE("Longer unemployment, earlier DID, lower ISEE, earlier submission", "[art16][ordering]") {
    auto a = candidatura(1);
    auto b = candidatura(2);
    b.unemployment_months = 10;
    CHECK(protocols(art16::rank(avviso(), flat_with({criteria::TieBreak::longer_unemployment}), {a, b})) ==
          std::vector<std::string>{"000002", "000001"});

    auto c = candidatura(3);
    c.did_date = Date::from_ymd(2025, 1, 1);
    auto d = candidatura(4);
    d.did_date = Date::from_ymd(2024, 1, 1);
    auto e = candidatura(5);  // no DID: after those with one
    CHECK(protocols(art16::rank(avviso(), flat_with({criteria::TieBreak::earlier_did}), {e, c, d})) ==
          std::vector<std::string>{"000004", "000003", "000005"});

    auto f = candidatura(6);
    f.isee = isee("9000.00");
    auto h = candidatura(7);
    h.isee = isee("3000.00");
    CHECK(protocols(art16::rank(avviso(), flat_with({criteria::TieBreak::lower_isee}), {f, h})) ==
          std::vector<std::string>{"000007", "000006"});

    auto early = candidatura(8);
    early.submitted_at = "2026-03-11T08:00:00";
    auto late = candidatura(9);
    late.submitted_at = "2026-03-10T18:00:00";
    CHECK(protocols(art16::rank(avviso(), flat_with({criteria::TieBreak::earlier_submission}), {early, late})) ==
          std::vector<std::string>{"000009", "000008"});
}

TEST_CASE("The protocol number is the last key and decides a complete tie", "[art16][ordering]") {
    auto a = candidatura(12);
    auto b = candidatura(3);
    const auto g = art16::rank(avviso(), emilia_romagna(), {a, b});
    CHECK(protocols(g) == std::vector<std::string>{"000003", "000012"});
    CHECK(g.ranked[1].decided_by == "protocollo");
}

TEST_CASE("Protocol numbers compare as numbers when all digits", "[art16][ordering]") {
    auto a = candidatura(1);
    a.protocol = "10";
    auto b = candidatura(2);
    b.protocol = "9";
    CHECK(protocols(art16::rank(avviso(), emilia_romagna(), {a, b})) == std::vector<std::string>{"9", "10"});
}

TEST_CASE("Groups come before the score (Valle d'Aosta style)", "[art16][ordering]") {
    auto cr = emilia_romagna();
    cr.groups = {{"famdec", "familiare deceduto sul lavoro", {}, {"familiare_deceduto_lavoro"}}};
    auto high = candidatura(1);
    high.isee = isee("0.00");  // 100
    auto grouped = candidatura(2);
    grouped.isee = isee("20000.00");  // 80, but in the first group
    grouped.flags = {"familiare_deceduto_lavoro"};
    const auto g = art16::rank(avviso(), cr, {high, grouped});
    CHECK(protocols(g) == std::vector<std::string>{"000002", "000001"});
    CHECK(g.ranked[1].decided_by == "gruppo");
    CHECK(g.ranked[0].group == 0);
    CHECK(g.ranked[1].group == 1);
}

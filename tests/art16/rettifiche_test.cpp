// Riesame decisions applied to candidature, with the window of the criteria (Veneto 10 days,
// Lombardia 8: shared/domain/art16-graduatorie.md §4), and the diff between two rankings.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"
#include "gradus/art16/rettifica.hpp"
#include "gradus/art16/riesame_diff.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

art16::Rettifiche requests(std::vector<art16::Rettifica> items) {
    return {"AVV-TEST", Date::from_ymd(2026, 4, 1), std::move(items)};
}

art16::Rettifica asking_on(Date day, art16::Change change, std::string protocol = "000001") {
    return {std::move(protocol), day, "Det. 1/2026", day.plus_days(3), std::move(change), {"r.xml", 3, 0}};
}

}  // namespace

TEST_CASE("Veneto riesame window: 10 days from publication, the 11th is late (S26)", "[art16][riesame]") {
    auto cr = veneto();
    cr.riesame_days = known(10);
    std::vector<art16::Candidatura> c = {candidatura(1)};
    const auto new_isee = art16::NewIsee{isee("5000.00")};
    // Published 2026-04-01: 2026-04-11 is the tenth day after.
    auto verdicts = art16::apply_rettifiche(c, requests({asking_on(Date::from_ymd(2026, 4, 11), new_isee)}), cr);
    REQUIRE(verdicts.size() == 1);
    CHECK(verdicts[0].applied);
    CHECK(c[0].isee->value == Decimal(5000));

    std::vector<art16::Candidatura> d = {candidatura(1)};
    verdicts = art16::apply_rettifiche(d, requests({asking_on(Date::from_ymd(2026, 4, 12), new_isee)}), cr);
    CHECK_FALSE(verdicts[0].applied);
    CHECK(verdicts[0].reason.find("tardiva") != std::string::npos);
    CHECK_FALSE(d[0].isee.has_value());
}

TEST_CASE("An unknown window applies the decision and says the window is unknown", "[art16][riesame]") {
    std::vector<art16::Candidatura> c = {candidatura(1)};
    const auto verdicts =
        art16::apply_rettifiche(c, requests({asking_on(Date::from_ymd(2026, 9, 1), art16::NewDid{Date::from_ymd(2025, 1, 1)})}),
                                emilia_romagna());
    CHECK(verdicts[0].applied);
    REQUIRE(c[0].riesame);
    REQUIRE(c[0].riesame->notes.size() == 1);
    CHECK(c[0].riesame->notes[0].find("non noto nei criteri [N]") != std::string::npos);
}

TEST_CASE("A decision for a protocol that does not exist is refused, not guessed", "[art16][riesame]") {
    std::vector<art16::Candidatura> c = {candidatura(1)};
    const auto verdicts = art16::apply_rettifiche(
        c, requests({asking_on(Date::from_ymd(2026, 4, 2), art16::Exclude{"falsa dichiarazione"}, "999")}), emilia_romagna());
    CHECK_FALSE(verdicts[0].applied);
    CHECK(verdicts[0].reason.find("999") != std::string::npos);
}

TEST_CASE("Riesame: a raised ISEE moves a person down, an annulled exclusion lets one in", "[art16][riesame]") {
    auto a = candidatura(1);
    a.isee = isee("0.00");  // 100
    auto b = candidatura(2);
    b.isee = isee("3000.00");  // 97
    auto c = candidatura(3);
    c.isee = isee("1000.00");  // 99, but excluded: no scuola dell'obbligo declared
    c.scuola_obbligo = false;
    const std::vector<art16::Candidatura> all = {a, b, c};
    const auto before = art16::rank(avviso(), emilia_romagna(), all);

    auto corrected = all;
    const auto verdicts = art16::apply_rettifiche(
        corrected,
        requests({asking_on(Date::from_ymd(2026, 4, 2), art16::NewIsee{isee("9600.00")}, "000001"),  // 10 steps: 90
                  asking_on(Date::from_ymd(2026, 4, 2), art16::AnnulExclusion{"scuola_obbligo"}, "000003")}),
        emilia_romagna());
    const auto after = art16::rank(avviso(), emilia_romagna(), corrected);
    REQUIRE(after.ranked.size() == 3);

    const auto changes = art16::compare(art16::Standings(before), after);
    // New order: 000003 (99), 000002 (97, still 2nd with a post: unchanged, not listed), 000001 (90).
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].protocol == "000003");
    CHECK(changes[0].movement == art16::Movement::entered);
    CHECK(changes[1].protocol == "000001");
    CHECK(changes[1].movement == art16::Movement::moved);
    CHECK(changes[1].places == -2);  // from 1st to 3rd
    CHECK(changes[1].after.esito == art16::Esito::idoneo);
    const auto* note = after.ranked[2].explanation.find("riesame");
    REQUIRE(note);
    CHECK(note->note.find("ISEE rettificato") != std::string::npos);
}

TEST_CASE("Riesame standings: a protocol both ranked and excluded (a duplicate) stands where it was ranked", "[art16][riesame]") {
    auto a = candidatura(1);
    auto twin = candidatura(1);  // the same protocol sent twice: one is excluded as a duplicate
    twin.codice_fiscale = candidatura(2).codice_fiscale;
    auto b = candidatura(3);
    b.isee = isee("3000.00");
    const auto g = art16::rank(avviso(), emilia_romagna(), {a, twin, b});
    REQUIRE(g.ranked.size() == 2);
    REQUIRE(g.excluded.size() == 1);
    REQUIRE(g.candidature[g.excluded[0].candidatura].protocol == a.protocol);
    const art16::Standings standings(g);
    CHECK(standings.size() == 2);
    for (const auto& r : g.ranked) {
        const art16::Standing s = standings.of(g.candidature[r.candidatura].protocol);
        REQUIRE(s.position.has_value());
        CHECK(*s.position == r.position);
        CHECK(s.score == std::optional<Decimal>(r.score));
        CHECK(s.esito == r.esito);
    }
    CHECK(standings.of(a.protocol).position.has_value());
    CHECK_FALSE(standings.of("no-such-protocol").position.has_value());
}

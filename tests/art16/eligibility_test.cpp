// Every exclusion reason of the art. 16 ranking, at its boundary.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

std::string reason_for(const art16::Graduatoria& g, const std::string& protocol) {
    for (const auto& e : g.excluded) {
        if (g.candidature[e.candidatura].protocol == protocol) return e.reason_code;
    }
    return "";
}

art16::Graduatoria rank_er(std::vector<art16::Candidatura> c, art16::Avviso a = avviso()) {
    return art16::rank(a, emilia_romagna(), std::move(c));
}

}  // namespace

TEST_CASE("Applications count only inside the window, both ends included", "[art16][eligibility]") {
    auto before = candidatura(1);
    before.submission_date = Date::from_ymd(2026, 3, 8);
    before.submitted_at = "2026-03-08T23:59:59";
    auto first_day = candidatura(2);
    first_day.submission_date = Date::from_ymd(2026, 3, 9);
    auto last_day = candidatura(3);
    last_day.submission_date = Date::from_ymd(2026, 3, 23);
    auto after = candidatura(4);
    after.submission_date = Date::from_ymd(2026, 3, 24);
    const auto g = rank_er({before, first_day, last_day, after});
    CHECK(reason_for(g, "000001") == "fuori_termine");
    CHECK(reason_for(g, "000004") == "fuori_termine");
    CHECK(g.ranked.size() == 2);
    CHECK(g.excluded.size() == 2);
}

TEST_CASE("An invalid codice fiscale is excluded with what is wrong", "[art16][eligibility]") {
    auto bad = candidatura(1);
    std::string cf = bad.codice_fiscale.str();
    cf[15] = cf[15] == 'A' ? 'B' : 'A';  // wrong check character
    bad.codice_fiscale = cf;
    const auto g = rank_er({bad, candidatura(2)});
    REQUIRE(g.excluded.size() == 1);
    CHECK(g.excluded[0].reason_code == "codice_fiscale");
    CHECK(g.excluded[0].reason.find("check") != std::string::npos);
}

TEST_CASE("The same person twice: the latest submission counts, the earlier says why", "[art16][eligibility]") {
    auto first = candidatura(1);
    auto second = candidatura(2);
    second.codice_fiscale = first.codice_fiscale;
    second.submitted_at = "2026-03-12T10:00:00";
    second.submission_date = Date::from_ymd(2026, 3, 12);
    // Input order must not matter: the later one is kept either way.
    for (const auto& input : {std::vector{first, second}, std::vector{second, first}}) {
        const auto g = rank_er(input);
        REQUIRE(g.ranked.size() == 1);
        CHECK(g.candidature[g.ranked[0].candidatura].protocol == "000002");
        CHECK(reason_for(g, "000001") == "duplicato");
        CHECK(g.excluded[0].reason.find("000002") != std::string::npos);
    }
}

TEST_CASE("The same person twice at the same second: the greater protocol number counts, as a number", "[art16][eligibility]") {
    // Protocol 10 was registered after protocol 9; as text "9" would sort after "10".
    auto nine = candidatura(1);
    nine.protocol = "9";
    auto ten = candidatura(2);
    ten.protocol = "10";
    ten.codice_fiscale = nine.codice_fiscale;
    ten.submitted_at = nine.submitted_at;
    ten.submission_date = nine.submission_date;
    for (const auto& input : {std::vector{nine, ten}, std::vector{ten, nine}}) {
        const auto g = rank_er(input);
        REQUIRE(g.ranked.size() == 1);
        CHECK(g.candidature[g.ranked[0].candidatura].protocol == "10");
        CHECK(reason_for(g, "9") == "duplicato");
    }
}

TEST_CASE("A late duplicate does not replace a valid application", "[art16][eligibility]") {
    auto valid = candidatura(1);
    auto late = candidatura(2);
    late.codice_fiscale = valid.codice_fiscale;
    late.submitted_at = "2026-03-25T10:00:00";
    late.submission_date = Date::from_ymd(2026, 3, 25);
    const auto g = rank_er({valid, late});
    REQUIRE(g.ranked.size() == 1);
    CHECK(g.candidature[g.ranked[0].candidatura].protocol == "000001");
    CHECK(reason_for(g, "000002") == "fuori_termine");
}

TEST_CASE("Two records with one protocol number: the second is excluded", "[art16][eligibility]") {
    auto a = candidatura(1);
    auto b = candidatura(2);
    b.protocol = a.protocol;
    const auto g = rank_er({a, b});
    REQUIRE(g.excluded.size() == 1);
    CHECK(g.excluded[0].candidatura == 1);
    CHECK(g.excluded[0].reason_code == "protocollo_duplicato");
}

TEST_CASE("Minimum age is checked at the closing date (DPR 487/1994 art. 2 c. 7)", "[art16][eligibility]") {
    auto eighteen_on_close = candidatura(1);
    eighteen_on_close.birth = Date::from_ymd(2008, 3, 23);  // 18 on 2026-03-23
    auto seventeen = candidatura(2);
    seventeen.birth = Date::from_ymd(2008, 3, 24);  // 18 the day after closing
    const auto g = rank_er({eighteen_on_close, seventeen});
    CHECK(g.ranked.size() == 1);
    CHECK(reason_for(g, "000002") == "requisito_eta");
}

TEST_CASE("Maximum age, when the avviso sets one", "[art16][eligibility]") {
    auto a = avviso();
    a.maximum_age = 60;
    auto sixty = candidatura(1);
    sixty.birth = Date::from_ymd(1965, 3, 24);  // 60 on 2026-03-23 (61 the next day)
    auto sixty_one = candidatura(2);
    sixty_one.birth = Date::from_ymd(1965, 3, 23);  // 61 on 2026-03-23
    const auto g = rank_er({sixty, sixty_one}, a);
    CHECK(g.ranked.size() == 1);
    CHECK(reason_for(g, "000002") == "requisito_eta");
}

TEST_CASE("Declarations: scuola dell'obbligo (DPR 487/1994 art. 23) and general requirements", "[art16][eligibility]") {
    auto no_school = candidatura(1);
    no_school.scuola_obbligo = false;
    auto no_general = candidatura(2);
    no_general.general_requirements = false;
    const auto g = rank_er({no_school, no_general, candidatura(3)});
    CHECK(reason_for(g, "000001") == "scuola_obbligo");
    CHECK(reason_for(g, "000002") == "requisiti_generali");
    CHECK(g.ranked.size() == 1);

    auto a = avviso();
    a.requires_scuola_obbligo = false;
    CHECK(rank_er({no_school}, a).ranked.size() == 1);
}

TEST_CASE("Required occupational status: missing or different status excludes", "[art16][eligibility]") {
    auto a = avviso();
    a.required_statuses = {"disoccupato", "inoccupato"};
    auto unemployed = candidatura(1);
    unemployed.status = "disoccupato";
    auto employed = candidatura(2);
    employed.status = "occupato";
    auto unknown = candidatura(3);
    const auto g = rank_er({unemployed, employed, unknown}, a);
    CHECK(g.ranked.size() == 1);
    CHECK(reason_for(g, "000002") == "stato_occupazionale");
    CHECK(reason_for(g, "000003") == "stato_occupazionale");
}

TEST_CASE("Every exclusion carries an explanation step with its inputs", "[art16][eligibility]") {
    auto late = candidatura(1);
    late.submission_date = Date::from_ymd(2026, 4, 1);
    const auto g = rank_er({late});
    REQUIRE(g.excluded.size() == 1);
    const auto& steps = g.excluded[0].explanation.steps();
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].rule == "requisito.termini");
    CHECK(steps[0].value == "escluso");
    CHECK_FALSE(steps[0].inputs.empty());
}

// The two modes of the collocamento mirato graduatoria and its tie-break chain.

#include "builders.hpp"

#include "gradus/cm/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test::cm;
using gradus::cm::Lista;

namespace {

const Date ref = Date::from_ymd(2024, 7, 1);

std::vector<std::string> order(const gradus::cm::Graduatoria& g) {
    std::vector<std::string> numbers;
    for (const auto& r : g.ranked) numbers.push_back(g.iscritti[r.iscritto].registration_number);
    return numbers;
}

// Piemonte, everyone with the same invalidity and no ISEE: equal scores unless seniority differs.
std::vector<gradus::cm::Iscritto> tied_people() {
    auto a = person("10");  // more than 24 months: flat 50
    a.registration_date = Date::from_ymd(2020, 1, 1);
    auto b = person("11");  // also flat 50, registered earlier: first
    b.registration_date = Date::from_ymd(2019, 1, 1);
    auto c = person("12");  // same day as a, younger: before a
    c.registration_date = Date::from_ymd(2020, 1, 1);
    c.birth = Date::from_ymd(1990, 1, 1);
    auto d = person("13");  // same day and birth as a: the registration number decides
    d.registration_date = Date::from_ymd(2020, 1, 1);
    return {a, b, c, d};
}

}  // namespace

TEST_CASE("Piemonte tie-breaks: longer registration, then younger, then registration number", "[cm]") {
    const auto g = gradus::cm::rank_annual(piemonte(), tied_people(), ref);
    CHECK(order(g) == std::vector<std::string>{"11", "12", "10", "13"});
    REQUIRE(g.ranked.size() == 4);
    CHECK(g.ranked[0].score == g.ranked[3].score);
    CHECK(g.ranked[1].decided_by == "iscrizione_anteriore");
    CHECK(g.ranked[2].decided_by == "piu_giovane");
    CHECK(g.ranked[3].decided_by == "protocollo");
}

TEST_CASE("Lecco ranks the lower score first", "[cm]") {
    auto a = person("20");
    a.income = gradus::cm::Reddito{Decimal::parse("20000.00"), 2023, {}};
    auto b = person("21");
    b.income = gradus::cm::Reddito{Decimal::parse("1000.00"), 2023, {}};
    const auto g = gradus::cm::rank_annual(lecco(), {a, b}, ref);
    CHECK(order(g) == std::vector<std::string>{"21", "20"});
    CHECK(g.ranked[0].score < g.ranked[1].score);
}

TEST_CASE("Annual mode: later registrations and people already placed are excluded; each list ranked apart", "[cm]") {
    auto late = person("30");
    late.registration_date = Date::from_ymd(2024, 7, 2);
    auto placed = person("31");
    placed.placed_on = Date::from_ymd(2024, 3, 1);
    auto art18 = person("32");
    art18.lista = Lista::categorie_protette;
    art18.invalidity_pct = 0;
    auto disabled = person("33");
    const auto g = gradus::cm::rank_annual(piemonte(), {late, placed, art18, disabled}, ref);
    REQUIRE(g.excluded.size() == 2);
    CHECK(g.excluded[0].reason_code == "iscrizione_successiva");
    CHECK(g.excluded[1].reason_code == "gia_avviato");
    REQUIRE(g.ranked.size() == 2);
    CHECK(g.ranked[0].lista == Lista::disabili);
    CHECK(g.ranked[0].position == 1);
    CHECK(g.ranked[1].lista == Lista::categorie_protette);
    CHECK(g.ranked[1].position == 1);  // positions restart per list
}

TEST_CASE("Per-call mode (Piemonte since 2023): only applicants registered by the day before publication", "[cm]") {
    auto a = person("40");
    a.registration_date = Date::from_ymd(2024, 6, 30);  // the day before: in
    auto b = person("41");
    b.registration_date = Date::from_ymd(2024, 7, 1);  // the publication day itself: out
    auto c = person("42");                              // did not apply
    gradus::cm::Chiamata call{"CH-1", ref, {}};
    call.applications = {{"40", ref, {}}, {b.codice_fiscale, ref, {}}, {"99", ref, {}}, {"40", ref, {}}};
    const auto g = gradus::cm::rank_call(piemonte(), {a, b, c}, call);
    CHECK(order(g) == std::vector<std::string>{"40"});
    REQUIRE(g.excluded.size() == 1);
    CHECK(g.iscritti[g.excluded[0].iscritto].registration_number == "41");
    CHECK(g.excluded[0].reason_code == "iscrizione_successiva");
    REQUIRE(g.refused_applications.size() == 2);
    CHECK(g.refused_applications[0].reason_code == "non_iscritto");
    CHECK(g.refused_applications[1].reason_code == "adesione_duplicata");
    CHECK(g.reference_date == ref);
}

TEST_CASE("Invalid codice fiscale and duplicated registration numbers are excluded, not ranked", "[cm]") {
    auto bad = person("50");
    bad.codice_fiscale = "RSSMRA80A01H1000";
    auto first = person("51");
    auto twin = person("51", 777);
    const auto g = gradus::cm::rank_annual(piemonte(), {bad, first, twin}, ref);
    REQUIRE(g.excluded.size() == 2);
    CHECK(g.excluded[0].reason_code == "codice_fiscale");
    CHECK(g.excluded[1].reason_code == "duplicato");
    CHECK(order(g) == std::vector<std::string>{"51"});
}

TEST_CASE("Criteria of another procedure or with unknown parameters are refused", "[cm]") {
    auto art16 = piemonte();
    art16.procedure = "art16";
    CHECK_THROWS_WITH(gradus::cm::rank_annual(art16, {person("60")}, ref), Catch::Contains("not collocamento_mirato"));
    auto unknown = lecco();
    unknown.income->missing_points = {};
    CHECK_THROWS_WITH(gradus::cm::rank_annual(unknown, {person("61")}, ref), Catch::Contains("income.missing_points"));
    gradus::cm::RankOptions allow;
    allow.allow_unknown_parameters = true;
    CHECK(gradus::cm::rank_annual(unknown, {person("61")}, ref, allow).ranked.size() == 1);
}

TEST_CASE("invalidita_maggiore: on equal scores the higher invalidity goes first", "[cm]") {
    auto c = lecco();  // a graduatoria for private employers: invalidity gives no points in Lecco
    c.tie_breaks = {criteria::TieBreak::higher_invalidity, criteria::TieBreak::protocol};
    auto a = person("70");
    a.invalidity_pct = 70;
    auto b = person("71");
    b.invalidity_pct = 90;
    const auto g = gradus::cm::rank_annual(c, {a, b}, ref);
    CHECK(order(g) == std::vector<std::string>{"71", "70"});
    CHECK(g.ranked[1].decided_by == "invalidita_maggiore");
    CHECK(g.ranked[0].score == g.ranked[1].score);
}

TEST_CASE("Per call, each ranked person's explanation starts with their application", "[cm]") {
    auto a = person("80");
    gradus::cm::Chiamata call{"CH-2", ref, {{"80", Date::from_ymd(2024, 7, 3), {}}}};
    const auto g = gradus::cm::rank_call(piemonte(), {a}, call);
    REQUIRE(g.ranked.size() == 1);
    const auto& first = g.ranked[0].explanation.steps().front();
    CHECK(first.rule == "adesione");
    CHECK(first.note == "Adesione del 03/07/2024 alla chiamata CH-2 pubblicata il 01/07/2024.");
}

namespace {

// Every step of a trail as one line, so two trails compare whole.
std::vector<std::string> steps_of(const Explanation& e) {
    std::vector<std::string> lines;
    for (const auto& s : e.steps()) {
        std::string line = s.rule + "|" + s.source + "|" + s.value + "|" + s.note;
        for (const auto& [name, value] : s.inputs) line += "|" + name + "=" + value;
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

TEST_CASE("Without kept trails, explanation_of rebuilds each person's trail step for step (annual and per call)", "[cm]") {
    gradus::cm::RankOptions lean;
    lean.keep_trails = false;
    const auto kept = gradus::cm::rank_annual(piemonte(), tied_people(), ref);
    const auto rebuilt = gradus::cm::rank_annual(piemonte(), tied_people(), ref, lean);
    REQUIRE(kept.ranked.size() == 4);
    REQUIRE(rebuilt.ranked.size() == 4);
    bool some_tie = false;
    for (std::size_t i = 0; i < kept.ranked.size(); ++i) {
        CAPTURE(i);
        CHECK(rebuilt.ranked[i].explanation.empty());
        CHECK(steps_of(gradus::cm::explanation_of(rebuilt, rebuilt.ranked[i])) == steps_of(kept.ranked[i].explanation));
        some_tie = some_tie || kept.ranked[i].explanation.find("ordine.parita") != nullptr;
    }
    CHECK(some_tie);  // the tie-break step is rebuilt too

    gradus::cm::Chiamata call{"CH-3", ref, {{"12", Date::from_ymd(2024, 7, 2), {}}, {"10", Date::from_ymd(2024, 7, 3), {}}}};
    const auto kept_call = gradus::cm::rank_call(piemonte(), tied_people(), call);
    const auto rebuilt_call = gradus::cm::rank_call(piemonte(), tied_people(), call, lean);
    REQUIRE(kept_call.ranked.size() == 2);
    for (std::size_t i = 0; i < kept_call.ranked.size(); ++i) {
        CAPTURE(i);
        const auto trail = gradus::cm::explanation_of(rebuilt_call, rebuilt_call.ranked[i]);
        CHECK(trail.steps().front().rule == "adesione");
        CHECK(steps_of(trail) == steps_of(kept_call.ranked[i].explanation));
    }
}

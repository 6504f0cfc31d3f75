// D.Lgs. 468/1997 art. 7 (direct use of benefit recipients): each requirement at its boundary.

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::lsu;
using namespace gradus::lsu::test;

namespace {

// A mobility recipient resident in Forlì whose indemnity ends on `benefit_end`.
struct Case {
    Records records;
    Candidate candidate;
};

Case mobility(const std::string& letters, Date benefit_end, const std::string& residence = "D704") {
    Case c;
    c.candidate = person(letters, residence);
    c.records.candidates.push_back(c.candidate);
    c.records.benefits.push_back(benefit(c.candidate, BenefitKind::mobilita_indennita, day(2025, 6, 1), benefit_end,
                                         "1000.00", "BDP-" + letters));
    return c;
}

ProjectVerification verify(const Records& r, const Project& p = project(Regime::art7_468_1997)) {
    return verify_project(p, art7_468(), table(), r);
}

}  // namespace

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: a residual benefit one day shorter than the project excludes",
          "[lsu][art7_468][residuo]") {
    // The project runs 2026-03-02..2026-08-31 (183 days).
    const auto shorter = mobility("RSSMRA", day(2026, 8, 30));
    const auto v = verify(shorter.records);
    const auto& r = v.results.front();
    CHECK(r.outcome == Outcome::not_eligible);
    REQUIRE(check_of(r, Requirement::residual));
    CHECK(check_of(r, Requirement::residual)->result == CheckResult::failed);
    CHECK(check_of(r, Requirement::residual)->article == "D.Lgs. 468/1997 art. 7 c. 1");
    CHECK(r.residual_days == 182);
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: a residual equal to the project is not longer, so it excludes too",
          "[lsu][art7_468][residuo]") {
    const auto equal = mobility("RSSMRA", day(2026, 8, 31));
    CHECK(verify(equal.records).results.front().outcome == Outcome::not_eligible);
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: a residual one day longer than the project admits",
          "[lsu][art7_468][residuo]") {
    const auto longer = mobility("RSSMRA", day(2026, 9, 1));
    const auto v = verify(longer.records);
    CHECK(v.results.front().outcome == Outcome::eligible);
    CHECK(v.results.front().residual_days == 184);
    REQUIRE(v.list.size() == 1);
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: the residual is measured to the end after the admitted proroghe",
          "[lsu][art7_468][residuo][proroghe]") {
    auto p = project(Regime::art7_468_1997);
    p.tipologia = "a";
    p.proroghe.push_back({1, day(2026, 12, 31)});
    const auto c = mobility("RSSMRA", day(2026, 9, 1));
    const auto v = verify(c.records, p);
    CHECK(v.effective_end == day(2026, 12, 31));
    CHECK(v.results.front().outcome == Outcome::not_eligible);
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: residence in a neighbouring comune of the CPI area admits, after residents",
          "[lsu][art7_468][residenza][priorita]") {
    Records records;
    const auto resident = person("BNCLRA");
    const auto neighbour = person("RSSMRA", "D705");  // Forlimpopoli, in the CPI area
    const auto outside = person("VRDGPP", "C573");    // Cesena, outside it
    for (const auto& c : {resident, neighbour, outside}) {
        records.candidates.push_back(c);
        // The neighbour has the longest residual, yet comes after the resident.
        const Date end = c.codice_fiscale == neighbour.codice_fiscale ? day(2027, 6, 30) : day(2026, 12, 31);
        records.benefits.push_back(benefit(c, BenefitKind::mobilita_indennita, day(2025, 6, 1), end, "1000.00",
                                           "BDP-" + c.surname));
    }
    const auto v = verify(records);
    CHECK(result_of(v, records, neighbour).outcome == Outcome::eligible);
    CHECK(check_of(result_of(v, records, neighbour), Requirement::residence)->result == CheckResult::met);
    CHECK(result_of(v, records, outside).outcome == Outcome::not_eligible);
    REQUIRE(v.list.size() == 2);
    CHECK(records.candidates[v.results[v.list[0].result].candidate].codice_fiscale == resident.codice_fiscale);
    CHECK(v.list[1].decided_by == "residenti_prima");
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: among residents the longest residual benefit comes first, then the codice fiscale",
          "[lsu][art7_468][priorita]") {
    Records records;
    const auto a = person("AAAAAA");
    const auto b = person("BBBBBB");
    const auto z = person("ZZZZZZ");
    records.candidates = {a, b, z};
    records.benefits.push_back(benefit(a, BenefitKind::mobilita_indennita, day(2025, 1, 1), day(2026, 12, 31), "900.00", "B-a"));
    records.benefits.push_back(benefit(b, BenefitKind::mobilita_indennita, day(2025, 1, 1), day(2026, 12, 31), "900.00", "B-b"));
    records.benefits.push_back(benefit(z, BenefitKind::mobilita_indennita, day(2025, 1, 1), day(2027, 1, 1), "900.00", "B-z"));
    const auto v = verify(records);
    REQUIRE(v.list.size() == 3);
    CHECK(records.candidates[v.results[v.list[0].result].candidate].codice_fiscale == z.codice_fiscale);
    CHECK(v.list[1].decided_by == "residuo_piu_lungo");
    CHECK(records.candidates[v.results[v.list[1].result].candidate].codice_fiscale == a.codice_fiscale);
    CHECK(v.list[2].decided_by == "codice_fiscale");
}

TEST_CASE("art. 4 c. 1 lett. d) D.Lgs. 468/1997: CIGS counts only when suspended at zero hours",
          "[lsu][art7_468][stato]") {
    for (const bool zero : {true, false}) {
        Records records;
        const auto c = person("RSSMRA");
        records.candidates.push_back(c);
        records.benefits.push_back(benefit(c, BenefitKind::cigs, day(2026, 1, 1), day(2026, 12, 31)));
        records.employments.push_back(employment(c, day(2010, 1, 1), std::nullopt,
                                                 {{day(2026, 1, 1), day(2026, 12, 31), zero}}));
        const auto v = verify(records);
        INFO("zero hours: " << zero);
        CHECK(check_of(v.results.front(), Requirement::status)->result ==
              (zero ? CheckResult::met : CheckResult::failed));
    }
}

TEST_CASE("art. 8 c. 2 D.Lgs. 468/1997: 20 weekly hours are allowed whatever the benefit, 8 daily hours at most",
          "[lsu][art7_468][orario]") {
    Records records;
    const auto c = person("RSSMRA");
    records.candidates.push_back(c);
    // 300 / 1500 x 36 = 7.2 hours: below the 20 guaranteed.
    records.benefits.push_back(benefit(c, BenefitKind::mobilita_indennita, day(2025, 6, 1), day(2027, 6, 1), "300.00"));
    auto p = project(Regime::art7_468_1997);
    p.daily_hours = Decimal(8);
    CHECK(verify(records, p).results.front().outcome == Outcome::eligible);
    p.daily_hours = Decimal::parse("8.5");
    CHECK(check_of(verify(records, p).results.front(), Requirement::hours)->result == CheckResult::failed);
    p.daily_hours = Decimal(4);
    p.weekly_hours = Decimal::parse("20.5");  // above 20 and above 7.2
    CHECK(check_of(verify(records, p).results.front(), Requirement::hours)->result == CheckResult::failed);
}

TEST_CASE("art. 7 c. 1 D.Lgs. 468/1997: a qualifica outside the compatibility table excludes, a missing one is undetermined",
          "[lsu][art7_468][qualifica]") {
    auto c = mobility("RSSMRA", day(2027, 1, 1));
    c.records.candidates.front().qualifica = "5.4.3.1.0";  // compatible through the table
    CHECK(verify(c.records).results.front().outcome == Outcome::eligible);
    c.records.candidates.front().qualifica = "2.1.1.4.1";
    CHECK(check_of(verify(c.records).results.front(), Requirement::qualifica)->result == CheckResult::failed);
    c.records.candidates.front().qualifica.reset();
    CHECK(verify(c.records).results.front().outcome == Outcome::undetermined);
}

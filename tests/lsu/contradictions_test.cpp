// Records that contradict each other are reported with both sides and leave the outcome open
// (DM 4/2018 All. B, LEP L): the checks rest on the CO and the BDP); nothing is guessed.

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::lsu;
using namespace gradus::lsu::test;

namespace {

const CandidateResult& only(const ProjectVerification& v) { return v.results.front(); }

ProjectVerification verify(const Records& r) {
    return verify_project(project(Regime::art26_150_2015), art26(), table(), r);
}

}  // namespace

TEST_CASE("LEP L): BDP says CIGS in force at the start, the CO CIGS period ended the day before",
          "[lsu][coerenza]") {
    Records r;
    const auto c = person("RSSMRA");
    r.candidates.push_back(c);
    r.benefits.push_back(benefit(c, BenefitKind::cigs, day(2025, 10, 1), day(2026, 12, 31)));
    r.employments.push_back(employment(c, day(2012, 4, 1), std::nullopt, {{day(2025, 10, 1), day(2026, 3, 1), true}}));
    const auto v = verify(r);
    const Check* consistency = check_of(only(v), Requirement::consistency);
    CHECK(consistency->result == CheckResult::unknown);
    REQUIRE(consistency->evidence.size() == 1);
    CHECK(consistency->evidence.front().find("BDP BDP-1 cigs") != std::string::npos);
    CHECK(check_of(only(v), Requirement::status)->result == CheckResult::unknown);
    CHECK(only(v).outcome == Outcome::undetermined);
}

TEST_CASE("LEP L): a wage integration in force while the CO show the employment ended", "[lsu][coerenza]") {
    Records r;
    const auto c = person("RSSMRA");
    r.candidates.push_back(c);
    r.benefits.push_back(benefit(c, BenefitKind::cig, day(2026, 1, 1), day(2026, 6, 30)));
    r.employments.push_back(employment(c, day(2012, 4, 1), day(2026, 2, 28)));
    const auto v = verify(r);
    CHECK(check_of(only(v), Requirement::consistency)->result == CheckResult::unknown);
    CHECK(only(v).outcome == Outcome::undetermined);
}

TEST_CASE("LEP L) età anagrafica: a birth date the codice fiscale contradicts", "[lsu][coerenza]") {
    Records r;
    auto c = person("RSSMRA", "D704", day(1975, 5, 10));
    c.birth = day(1975, 5, 11);
    r.candidates.push_back(c);
    const auto v = verify(r);
    CHECK(check_of(only(v), Requirement::consistency)->result == CheckResult::unknown);
}

TEST_CASE("LEP L): two BDP records of the same kind in force with different amounts", "[lsu][coerenza]") {
    Records r;
    const auto c = person("RSSMRA");
    r.candidates.push_back(c);
    r.employments.push_back(employment(c, day(2012, 4, 1), std::nullopt));
    r.benefits.push_back(benefit(c, BenefitKind::cigs, day(2026, 1, 1), day(2026, 12, 31), "900.00", "B-1"));
    r.benefits.push_back(benefit(c, BenefitKind::cigs, day(2026, 1, 1), day(2026, 12, 31), "950.00", "B-2"));
    const auto v = verify(r);
    CHECK(check_of(only(v), Requirement::consistency)->result == CheckResult::unknown);
    CHECK(only(v).outcome == Outcome::undetermined);
}

TEST_CASE("DM 23/12/1976: a codice fiscale with a wrong check character excludes", "[lsu][identita]") {
    Records r;
    auto c = person("RSSMRA");
    c.codice_fiscale.back() = c.codice_fiscale.back() == 'A' ? 'B' : 'A';
    r.candidates.push_back(c);
    const auto v = verify(r);
    CHECK(check_of(only(v), Requirement::identity)->result == CheckResult::failed);
    CHECK(only(v).outcome == Outcome::not_eligible);
}

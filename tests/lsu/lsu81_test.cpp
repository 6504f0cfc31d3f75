// D.Lgs. 81/2000 (transitional LSU): the assegno di utilizzo, 20 hours a week and 8 a day.

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::lsu;
using namespace gradus::lsu::test;

namespace {

Records assegno(const Candidate& c) {
    Records r;
    r.candidates.push_back(c);
    r.benefits.push_back(benefit(c, BenefitKind::assegno_utilizzo, day(2025, 9, 1), day(2026, 12, 31), "592.97"));
    return r;
}

}  // namespace

TEST_CASE("art. 4 c. 1 D.Lgs. 81/2000: 20 weekly hours allowed, 20.5 not", "[lsu][lsu81][orario]") {
    const auto r = assegno(person("RSSMRA"));
    auto p = project(Regime::lsu_81_2000);
    CHECK(check_of(verify_project(p, lsu81(), table(), r).results.front(), Requirement::hours)->result ==
          CheckResult::met);
    p.weekly_hours = Decimal::parse("20.5");
    CHECK(check_of(verify_project(p, lsu81(), table(), r).results.front(), Requirement::hours)->result ==
          CheckResult::failed);
}

TEST_CASE("D.Lgs. 81/2000: the residence rule was not found [N], so nobody is declared eligible by guess",
          "[lsu][lsu81][residenza]") {
    const auto r = assegno(person("RSSMRA"));
    const auto v = verify_project(project(Regime::lsu_81_2000), lsu81(), table(), r);
    CHECK(check_of(v.results.front(), Requirement::residence)->result == CheckResult::unknown);
    CHECK(check_of(v.results.front(), Requirement::status)->result == CheckResult::met);
    CHECK(v.results.front().outcome == Outcome::undetermined);
}

// Durations and proroghe against the caps of each regime.

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::lsu;
using namespace gradus::lsu::test;

namespace {

// Type a) LPU from 2026-03-02: 12 months end on 2027-03-01.
Project lpu(Date end) {
    auto p = project(Regime::art7_468_1997);
    p.tipologia = "a";
    p.end = end;
    return p;
}

ProjectVerification verify(const Project& p, const RuleSet& rules) { return verify_project(p, rules, table(), {}); }

}  // namespace

TEST_CASE("art. 1 c. 2 lett. a) D.Lgs. 468/1997: 12 months, not a day more", "[lsu][proroghe]") {
    CHECK(verify(lpu(day(2027, 3, 1)), art7_468()).duration.result == CheckResult::met);
    CHECK(verify(lpu(day(2027, 3, 2)), art7_468()).duration.result == CheckResult::failed);
}

TEST_CASE("art. 1 c. 2 lett. a) D.Lgs. 468/1997: at most two proroghe of 6 months each", "[lsu][proroghe]") {
    auto p = lpu(day(2027, 3, 1));
    p.proroghe = {{1, day(2027, 9, 1)}, {2, day(2028, 3, 1)}, {3, day(2028, 6, 30)}};
    const auto v = verify(p, art7_468());
    REQUIRE(v.proroghe.size() == 3);
    CHECK(v.proroghe[0].result == ProrogaResult::accepted);
    CHECK(v.proroghe[1].result == ProrogaResult::accepted);
    CHECK(v.proroghe[2].result == ProrogaResult::refused);
    CHECK(v.effective_end == day(2028, 3, 1));
}

TEST_CASE("art. 1 c. 2 lett. a) D.Lgs. 468/1997: a proroga one day over 6 months is refused, and so are the later ones",
          "[lsu][proroghe]") {
    auto p = lpu(day(2027, 3, 1));
    p.proroghe = {{1, day(2027, 9, 2)}, {2, day(2027, 12, 31)}};
    const auto v = verify(p, art7_468());
    CHECK(v.proroghe[0].result == ProrogaResult::refused);
    CHECK(v.proroghe[1].result == ProrogaResult::unknown);
    CHECK(v.effective_end == day(2027, 3, 1));
}

TEST_CASE("art. 4 c. 2 D.Lgs. 81/2000: 6 months, renewable once for 6", "[lsu][proroghe][lsu81]") {
    auto p = project(Regime::lsu_81_2000);
    p.proroghe = {{1, day(2027, 2, 28)}, {2, day(2027, 8, 31)}};
    const auto v = verify(p, lsu81());
    CHECK(v.duration.result == CheckResult::met);
    CHECK(v.proroghe[0].result == ProrogaResult::accepted);
    CHECK(v.proroghe[1].result == ProrogaResult::refused);
}

TEST_CASE("art. 26 c. 2 D.Lgs. 150/2015: the conventions set the length, so proroghe cannot be checked", "[lsu][proroghe][art26]") {
    auto p = project(Regime::art26_150_2015);
    p.proroghe = {{1, day(2026, 12, 31)}};
    const auto v = verify(p, art26());
    CHECK(v.duration.result == CheckResult::unknown);
    CHECK(v.proroghe[0].result == ProrogaResult::unknown);
    CHECK(v.effective_end == p.end);
}

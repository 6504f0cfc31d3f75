#include "gradus/l68/coverage.hpp"
#include "gradus/l68/exemptions.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("L. 68/1999 art. 4, nota Min. Lavoro 77/2005: part-time disabled workers (E4)", "[l68][coverage]") {
    ProvincialDetail d = province("058", 100);
    d.disabled = Workforce{0, {part_time(1, 24)}};  // 0,60 > 0,50 -> 1
    CHECK(disabled_coverage(d) == 1);
    d.disabled = Workforce{0, {part_time(1, 18)}};  // 0,45 -> 0
    CHECK(disabled_coverage(d) == 0);
    d.disabled = Workforce{0, {part_time(2, 18)}};  // 0,45 + 0,45 = 0,90 -> 1, rounded once
    CHECK(disabled_coverage(d) == 1);
    d.disabled = Workforce{0, {part_time(1, 20)}};  // exactly half: 0,50 -> 0
    CHECK(disabled_coverage(d) == 0);
    d.disabled = Workforce{0, {part_time(3, 20)}};  // 1,50 -> 1
    CHECK(disabled_coverage(d) == 1);
}

TEST_CASE("L. 68/1999 art. 4: full-time, centralinisti, massofisioterapisti, somministrati, art. 12-bis/14", "[l68][coverage]") {
    ProvincialDetail d = province("058", 100);
    d.disabled = Workforce{3, {part_time(1, 30)}};   // 3 + 1
    d.switchboard_blind = Workforce{1, {}};          // 1
    d.physiotherapist_blind = Workforce{0, {part_time(1, 16)}};  // 0,40
    d.agency_disabled = Workforce{1, {}};            // 1
    d.convention_disabled = Workforce{0, {part_time(1, 8)}};     // 0,20
    CHECK(disabled_coverage(d) == 7);  // 6 + 0,60 -> 7
}

TEST_CASE("L. 68/1999 art. 5 c. 3: esonero approved, requested, expired; 60 per mille adds", "[l68][esonero]") {
    const Date reference = Date::from_ymd(2024, 12, 31);
    ProvincialDetail d = province("058", 100);
    d.exemption = Exemption{Approval::approved, Date::from_ymd(2025, 6, 30), 60, std::nullopt};
    CHECK(exempted_units(d, 7, reference) == 4);  // 60 % of 7 = 4,20 -> 4 (E6)
    CHECK(exempted_units(d, 5, reference) == 3);  // 60 % of 5 = 3,00
    d.exemption->percent = 50;
    CHECK(exempted_units(d, 5, reference) == 2);  // 2,50 -> 2
    d.exemption->state = Approval::requested;
    CHECK(exempted_units(d, 7, reference) == 0);
    d.exemption = Exemption{Approval::approved, Date::from_ymd(2024, 12, 30), 60, std::nullopt};
    CHECK(exempted_units(d, 7, reference) == 0);  // expired the day before
    d.exemption->until = reference;
    CHECK(exempted_units(d, 7, reference) == 4);  // finoal on the reference date is still in force
    d.self_certified = SelfCertifiedExemption{Date::from_ymd(2024, 3, 1), 30, 2};
    CHECK(exempted_units(d, 7, reference) == 6);
}

TEST_CASE("L. 68/1999 art. 3 c. 5: only an approved suspension in force counts", "[l68][sospensione]") {
    const Date reference = Date::from_ymd(2024, 12, 31);
    ProvincialDetail d = province("058", 100);
    d.suspension = Suspension{Approval::approved, "1", Date::from_ymd(2025, 3, 31), 12};
    CHECK(suspended_workers(d, reference) == 12);
    d.suspension->ends = Date::from_ymd(2024, 11, 30);
    CHECK(suspended_workers(d, reference) == 0);
    d.suspension = Suspension{Approval::requested, "1", std::nullopt, 12};
    CHECK(suspended_workers(d, reference) == 0);
}

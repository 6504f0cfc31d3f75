#include "gradus/l68/assessment.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("L. 68/1999 art. 5 c. 3 and 3-bis: an esonero pays only to its finoal, the 60 per mille to the end", "[l68][importi]") {
    ProvincialDetail d = province("058", 100);  // base 100, quota 7
    d.exemption = Exemption{Approval::approved, Date::from_ymd(2025, 3, 31), 60, std::nullopt};  // 4 units
    d.self_certified = SelfCertifiedExemption{Date::from_ymd(2024, 3, 1), 30, 2};
    const Assessment a = assess(roman_prospetto(d), reference_data(), Date::from_ymd(2025, 6, 30));
    CHECK(a.obligation.provinces[0].exempted == 6);
    // 4 units x 62 working days (1/1-31/3/2025) x 39,21 = 9.724,08;
    // 2 units x 123 working days (1/1-30/6/2025) x 39,21 = 9.645,66.
    const Due& c = a.province_amounts[0].contributo;
    CHECK(c.euro == Decimal::parse("19369.74"));
    CHECK(c.working_days == 123);
    CHECK(a.national_amounts.contributo.euro == Decimal::parse("19369.74"));
    // Shortfall 7 - 0 - 6 = 1: 82 working days from 2/3/2025 x 196,05.
    CHECK(a.province_amounts[0].sanction.euro == Decimal::parse("16076.10"));
    CHECK_FALSE(a.late);
}

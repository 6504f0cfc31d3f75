#include "gradus/core/errors.hpp"
#include "gradus/l68/assessment.hpp"
#include "gradus/l68/base.hpp"
#include "gradus/l68/ratio.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("l68 Ratio: kept reduced with a positive denominator, so equal shares compare equal", "[l68][ratio]") {
    const Ratio r(2400, 3600);
    CHECK(r.numerator() == 2);
    CHECK(r.denominator() == 3);
    CHECK(Ratio(3, -6) == Ratio(-1, 2));
    CHECK(Ratio(0, 7) == Ratio(0));
    CHECK(Ratio(1, 3) + Ratio(1, 6) == Ratio(1, 2));
    CHECK(Ratio(5, 6) + Ratio(1, 6) == Ratio(1));
    CHECK(Ratio(2, 3) > Ratio(1, 2));
    CHECK(Ratio(-2, 3) < Ratio(-1, 2));
    CHECK_THROWS_AS(Ratio(1, 0), InternalError);
}

TEST_CASE("L. 68/1999 art. 4 c. 2: over_half on sums of hour shares, the half exactly and just above", "[l68][rounding]") {
    // 30 h of 36 + 18 h of 36 + 12 h of 24 = 5/6 + 1/2 + 1/2 = 11/6 = 1,83 -> 2.
    Ratio sum = hours_share(PartTimeGroup{1, hours(36), hours(30)});
    sum += hours_share(PartTimeGroup{1, hours(36), hours(18)});
    sum += hours_share(PartTimeGroup{1, hours(24), hours(12)});
    CHECK(sum == Ratio(11, 6));
    CHECK(over_half(sum) == 2);
    // 25 h 30 of 37 h 30 (3 x 17/25 = 2,04) and 1 h of 37 h 30 (1/37,5 = 0,0266...) -> 2,0666... -> 2.
    CHECK(over_half(hours_share(PartTimeGroup{3, hours(37, 30), hours(25, 30)}) +
                    hours_share(PartTimeGroup{1, hours(37, 30), hours(1)})) == 2);
    CHECK(over_half(Ratio(7, 2)) == 3);    // 3,50 -> 3
    CHECK(over_half(Ratio(351, 100)) == 4);
    CHECK(over_half(Ratio(-1050, 100)) == -10);  // the magnitude rounds the same way
    CHECK(over_half(Ratio(-1051, 100)) == -11);
    CHECK(percent_over_half(7, 150) == 10);  // 10,50 -> 10
    CHECK(percent_over_half(7, 151) == 11);  // 10,57 -> 11
}

TEST_CASE("L. 68/1999 art. 4 c. 1: exact sums up to 64 bits, beyond that an InputError on the working time", "[l68][ratio]") {
    // 20 h over five prime contractual times (5987 ... 5927 minutes): the common denominator is
    // 7,503,557,166,985,159,123, still within 64 bits; the sum is 1,0072 -> 1 unit, 5 - 1 = 4.
    std::vector<PartTimeGroup> groups;
    for (const std::int64_t minutes : {5987, 5981, 5953, 5939, 5927}) {
        groups.push_back(PartTimeGroup{1, WeeklyMinutes{minutes}, hours(20)});
    }
    CHECK(part_time_reduction(groups) == 4);
    // A sixth prime takes it beyond 64 bits: the prospetto is refused (an InputError, which the
    // batch turns into a scarto), not rounded wrong and not a failed batch.
    groups.push_back(PartTimeGroup{1, WeeklyMinutes{5923}, hours(20)});
    try {
        part_time_reduction(groups);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.issue().rule == "overflow");
        CHECK(e.issue().message.find("64-bit") != std::string::npos);
    }
    ProvincialDetail d = province("058", 100);
    d.part_time = groups;
    CHECK_THROWS_AS(assess(roman_prospetto(d), reference_data(), Date::from_ymd(2025, 6, 30)), InputError);
    // A percentage of an esonero times the quota beyond 64 bits is refused the same way.
    CHECK_THROWS_AS(percent_over_half(std::int64_t{1} << 40, std::int64_t{1} << 40), InputError);
}

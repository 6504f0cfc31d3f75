#include "gradus/l68/quota.hpp"
#include "gradus/l68/ratio.hpp"

#include <catch2/catch.hpp>

using namespace gradus::l68;

TEST_CASE("L. 68/1999 art. 4 c. 2: only fractions above 0,50 count as a unit", "[l68][rounding]") {
    CHECK(over_half(Ratio(1050, 100)) == 10);  // 10,50 -> 10
    CHECK(over_half(Ratio(1051, 100)) == 11);  // 10,51 -> 11
    CHECK(over_half(Ratio(5, 2)) == 2);        // 2,50 -> 2
    CHECK(over_half(Ratio(9, 10)) == 1);       // 0,90 -> 1
    CHECK(over_half(Ratio(0)) == 0);
}

TEST_CASE("L. 68/1999 art. 3 c. 1: band on the national base at 14, 15, 35, 36, 50, 51", "[l68][quota]") {
    CHECK(category_of(14) == Category::none);
    CHECK(category_of(15) == Category::C);
    CHECK(category_of(35) == Category::C);
    CHECK(category_of(36) == Category::B);
    CHECK(category_of(50) == Category::B);
    CHECK(category_of(51) == Category::A);
}

TEST_CASE("L. 68/1999 art. 3 c. 1 and art. 4 c. 2: disabled quota, worked examples of section 6.2", "[l68][quota]") {
    const auto quota = [](std::int64_t base) { return national_disabled_quota(category_of(base), base); };
    CHECK(quota(14) == 0);
    CHECK(quota(15) == 1);
    CHECK(quota(35) == 1);
    CHECK(quota(36) == 2);
    CHECK(quota(50) == 2);
    CHECK(quota(51) == 4);    // 7 % of 51 = 3,57 -> 4
    CHECK(quota(64) == 4);    // 4,48 -> 4
    CHECK(quota(65) == 5);    // 4,55 -> 5
    CHECK(quota(150) == 10);  // 10,50 -> 10 (exactly one half goes down)
    CHECK(quota(151) == 11);  // 10,57 -> 11
    CHECK(quota(250) == 17);  // 17,50 -> 17
    CHECK(quota(1000) == 70);
}

TEST_CASE("L. 68/1999 art. 18 c. 2: protected-category quota 51-150 one unit, over 150 one per cent", "[l68][quota]") {
    CHECK(national_protected_quota(50) == 0);
    CHECK(national_protected_quota(51) == 1);
    CHECK(national_protected_quota(150) == 1);
    CHECK(national_protected_quota(151) == 2);  // 1,51 -> 2
    CHECK(national_protected_quota(250) == 2);  // 2,50 -> 2
    CHECK(national_protected_quota(251) == 3);  // 2,51 -> 3
    CHECK(national_protected_quota(1000) == 10);
}

TEST_CASE("L. 68/1999 art. 5 c. 8: B and C units and the single art. 18 unit go to the sede legale", "[l68][quota]") {
    CHECK(provincial_disabled_quota(Category::B, 25, true) == 2);
    CHECK(provincial_disabled_quota(Category::B, 15, false) == 0);
    CHECK(provincial_disabled_quota(Category::C, 20, true) == 1);
    CHECK(provincial_disabled_quota(Category::C, 20, false) == 0);
    CHECK(provincial_disabled_quota(Category::A, 60, false) == 4);  // 4,20 -> 4 in every province
    CHECK(provincial_protected_quota(120, 80, true) == 1);
    CHECK(provincial_protected_quota(120, 40, false) == 0);
    CHECK(provincial_protected_quota(300, 160, false) == 2);  // 1,60 -> 2 of its own base
}

#include "gradus/core/errors.hpp"
#include "gradus/l68/base.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("DPR 333/2000 art. 3: part-time reduction rounds once on the total (E1, E3)", "[l68][base]") {
    CHECK(part_time_reduction({part_time(2, 20)}) == 1);  // 2 x 20/40 = 1,00 -> 1; 2 - 1
    CHECK(part_time_reduction({part_time(3, 24)}) == 1);  // 1,80 -> 2; 3 - 2
    CHECK(part_time_reduction({part_time(5, 20)}) == 3);  // 2,50 -> 2 (exactly one half down); 5 - 2
    // Per worker 3 x 0,60 would round to 3 units; on the total 0,6 + 0,6 + 0,6 + 0,25 = 2,05 -> 2.
    CHECK(part_time_reduction({part_time(3, 24), part_time(1, 10)}) == 2);
    // 30 h of 36: 1 x 30/36 + 2 x 20/40 = 0,833 + 1 = 1,83 -> 2; 3 - 2.
    CHECK(part_time_reduction({PartTimeGroup{1, hours(36), hours(30)}, part_time(2, 20)}) == 1);
}

TEST_CASE("L. 68/1999 art. 4 c. 1: base of 60 with 2 dirigenti, 3 apprendisti, a 5-month term, 2 PT (E2)", "[l68][base]") {
    ProvincialDetail d = province("058", 60);
    d.excluded = {{"0001", 2}, {"0002", 3}, {"0003", 1}};
    d.part_time = {part_time(2, 20)};
    const Bases b = compute_bases(d, categories(), 0);
    CHECK(b.art3.excluded == 6);
    CHECK(b.art3.part_time_reduction == 1);
    CHECK(b.art3.base == 53);  // 60 - 2 - 3 - 1 - (2 - 1)
    CHECK(b.art18.base == 53);
}

TEST_CASE("L. 68/1999 art. 5 c. 2: sector exclusions reduce the art. 3 base only (E5)", "[l68][base]") {
    ProvincialDetail d = province("037", 80);
    d.excluded = {{"0102", 30}};
    const Bases b = compute_bases(d, categories(), 0);
    CHECK(b.art3.base == 50);
    CHECK(b.art18.base == 80);
}

TEST_CASE("L. 68/1999 art. 4 c. 1: disabled in service by head, protected up to 1 %, telework, intermittent", "[l68][base]") {
    ProvincialDetail d = province("015", 200);
    d.disabled = Workforce{5, {part_time(2, 18)}};   // 7 by head
    d.switchboard_blind = Workforce{1, {}};
    d.physiotherapist_blind = Workforce{1, {}};
    d.protected_category = 3;                           // 1 % of 200 = 2 -> only 2 leave the base
    d.telework = Workforce{2, {part_time(2, 20)}};      // 2 + over_half(1,00) = 3
    d.intermittent = {PartTimeGroup{4, hours(40), hours(10)}};  // 4 x 0,25 = 1 -> reduction 3
    d.excluded = {{"9001", 4}};                         // art. 18 base only
    const Bases b = compute_bases(d, categories(), 0);
    CHECK(b.art3.disabled_in_service == 9);
    CHECK(b.art3.protected_deducted == 2);
    CHECK(b.art3.telework_reduction == 3);
    CHECK(b.art3.intermittent_reduction == 3);
    CHECK(b.art3.base == 200 - 9 - 2 - 3 - 3);        // 183
    CHECK(b.art18.base == 200 - 9 - 2 - 3 - 3 - 4);   // 179
}

TEST_CASE("L. 68/1999 art. 3 c. 5: suspended workers leave the art. 3 base only; the base is never negative", "[l68][base]") {
    ProvincialDetail d = province("058", 40);
    Bases b = compute_bases(d, categories(), 10);
    CHECK(b.art3.base == 30);
    CHECK(b.art18.base == 40);
    d.excluded = {{"0001", 50}};
    b = compute_bases(d, categories(), 0);
    CHECK(b.art3.base == 0);
}

TEST_CASE("An excluded category missing from the table is an input error", "[l68][base]") {
    ProvincialDetail d = province("058", 40);
    d.excluded = {{"7777", 1}};
    CHECK_THROWS_AS(compute_bases(d, categories(), 0), gradus::InputError);
}

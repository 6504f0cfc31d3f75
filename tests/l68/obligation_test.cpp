#include "gradus/l68/obligation.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

namespace {

Prospetto prospetto(std::vector<ProvincialDetail> provinces) {
    Prospetto p;
    p.codice_comunicazione = "0000000000000001";
    p.reference_date = Date::from_ymd(2024, 12, 31);
    p.provinces = std::move(provinces);
    return p;
}

}  // namespace

TEST_CASE("L. 68/1999 art. 3 and art. 5 c. 8: category A over two provinces, each on its own base", "[l68][obligation]") {
    const Obligation o = compute_obligation(prospetto({province("058", 65), province("037", 65)}), categories(), "058");
    CHECK(o.category == Category::A);
    CHECK(o.national.bases.art3.base == 130);
    CHECK(o.national.quota_disabled == 9);       // 7 % of 130 = 9,10 -> 9
    CHECK(o.provinces[0].quota_disabled == 5);   // 7 % of 65 = 4,55 -> 5
    CHECK(o.provinces[1].quota_disabled == 5);   // the provinces add up to 10, not 9: both are kept
    CHECK(o.national.quota_protected == 1);      // art. 18 base 130: 51-150 -> 1
    CHECK(o.provinces[0].quota_protected == 1);  // to the sede legale
    CHECK(o.provinces[1].quota_protected == 0);
    CHECK(o.national.shortfall_disabled == 9);
}

TEST_CASE("L. 68/1999 art. 18 c. 2: over 150 nationally every province gets 1 % of its own base", "[l68][obligation]") {
    const Obligation o = compute_obligation(prospetto({province("058", 110), province("037", 60)}), categories(), "037");
    CHECK(o.national.quota_protected == 2);      // 1,70 -> 2
    CHECK(o.provinces[0].quota_protected == 1);  // 1,10 -> 1
    CHECK(o.provinces[1].quota_protected == 1);  // 0,60 -> 1
    CHECK(o.national.quota_disabled == 12);      // 11,90 -> 12
    CHECK(o.provinces[0].quota_disabled == 8);   // 7,70 -> 8
    CHECK(o.provinces[1].quota_disabled == 4);   // 4,20 -> 4
}

TEST_CASE("L. 68/1999 art. 3 c. 1 and art. 5 c. 8: category B and C units only in the sede legale (E9)", "[l68][obligation]") {
    Obligation o = compute_obligation(prospetto({province("037", 25), province("036", 15)}), categories(), "037");
    CHECK(o.category == Category::B);  // national base 40
    CHECK(o.national.quota_disabled == 2);
    CHECK(o.provinces[0].quota_disabled == 2);
    CHECK(o.provinces[1].quota_disabled == 0);
    o = compute_obligation(prospetto({province("037", 10), province("036", 10)}), categories(), "036");
    CHECK(o.category == Category::C);
    CHECK(o.provinces[0].quota_disabled == 0);
    CHECK(o.provinces[1].quota_disabled == 1);
    CHECK(o.national.quota_protected == 0);
}

TEST_CASE("L. 68/1999 art. 5 c. 8: compensations net across provinces and with group companies", "[l68][obligation]") {
    ProvincialDetail roma = province("058", 109);
    roma.disabled = Workforce{9, {}};  // base 100 -> quota 7, covered 9: surplus 2
    roma.compensations = {{"037", CompensationKind::surplus, 2, Beneficiary::disabled, ""}};
    ProvincialDetail bologna = province("037", 77);
    bologna.disabled = Workforce{3, {}};  // base 74 -> 5,18 -> 5, covered 3
    bologna.compensations = {{"058", CompensationKind::reduction, 2, Beneficiary::disabled, ""}};
    Obligation o = compute_obligation(prospetto({roma, bologna}), categories(), "058");
    CHECK(o.provinces[0].shortfall_disabled == 0);  // 7 - 9 + 2 = 0
    CHECK(o.provinces[1].shortfall_disabled == 0);  // 5 - 3 - 2 = 0
    CHECK(o.national.quota_disabled == 12);         // base 174: 12,18 -> 12
    CHECK(o.national.compensation_disabled == 0);
    CHECK(o.national.shortfall_disabled == 0);      // 12 - 12 + 2 - 2

    bologna.compensations.push_back({"037", CompensationKind::reduction, 1, Beneficiary::disabled, "01234567890"});
    bologna.disabled = Workforce{2, {}};
    bologna.employees = 76;
    o = compute_obligation(prospetto({roma, bologna}), categories(), "058");
    CHECK(o.provinces[1].shortfall_disabled == 0);  // 5 - 2 - 3
    CHECK(o.national.compensation_disabled == -1);
    CHECK(o.national.shortfall_disabled == 0);      // 12 - 11 - 1 (a group company covers one)
}

TEST_CASE("Art. 18 surplus in service at 17/01/2000 offsets the disabled shortfall (E7, section 2.6)", "[l68][obligation]") {
    ProvincialDetail d = province("058", 105);
    d.disabled = Workforce{4, {}};
    d.protected_category = 4;               // over_half(1 % of 105) = 1 leaves the base
    d.protected_in_service_17012000 = 1;
    const Obligation o = compute_obligation(prospetto({d}), categories(), "058");
    CHECK(o.national.bases.art3.base == 100);  // 105 - 4 - 1
    CHECK(o.national.quota_disabled == 7);
    CHECK(o.national.quota_protected == 1);
    CHECK(o.national.art18_offset == 1);       // min(quota 1, surplus 3, in service 1, shortfall 3)
    CHECK(o.national.shortfall_disabled == 2);
    CHECK(o.national.shortfall_protected == 0);
    CHECK(o.provinces[0].shortfall_disabled == 2);  // the same offset in the province
}

TEST_CASE("L. 68/1999 art. 5 c. 3 and art. 3 c. 5: exemptions and suspensions in the figures", "[l68][obligation]") {
    ProvincialDetail d = province("058", 102);
    d.disabled = Workforce{2, {}};  // base 100, quota 7
    d.exemption = Exemption{Approval::approved, Date::from_ymd(2025, 12, 31), 60, std::nullopt};
    ProvincialDetail s = province("037", 40);
    s.suspension = Suspension{Approval::approved, "1", Date::from_ymd(2025, 6, 30), 10};
    const Obligation o = compute_obligation(prospetto({d, s}), categories(), "058");
    CHECK(o.provinces[0].exempted == 4);           // 60 % of 7 = 4,20 -> 4
    CHECK(o.provinces[0].shortfall_disabled == 1); // 7 - 2 - 4
    CHECK(o.provinces[1].bases.art3.base == 30);   // 40 - 10 suspended
    CHECK(o.provinces[1].bases.art18.base == 40);
    CHECK(o.provinces[1].suspension);
    CHECK_FALSE(o.provinces[0].suspension);
    CHECK(o.national.suspension);
    CHECK(o.national.bases.art3.base == 130);      // 142 - 2 - 10
    CHECK(o.national.quota_disabled == 9);         // 9,10 -> 9
    CHECK(o.national.exempted == 4);
    CHECK(o.national.shortfall_disabled == 3);     // 9 - 2 - 4
}

TEST_CASE("The national row sums part-time shares across provinces before rounding", "[l68][obligation]") {
    ProvincialDetail a = province("058", 60);
    a.part_time = {part_time(1, 30)};  // 0,75 -> 1: reduction 0
    ProvincialDetail b = province("037", 60);
    b.part_time = {part_time(1, 30)};
    const Obligation o = compute_obligation(prospetto({a, b}), categories(), "058");
    CHECK(o.provinces[0].bases.art3.part_time_reduction == 0);  // 0,75 -> 1: 1 - 1
    CHECK(o.provinces[1].bases.art3.part_time_reduction == 0);
    CHECK(o.national.bases.art3.part_time_reduction == 1);     // 1,50 -> 1: 2 - 1
    CHECK(o.national.bases.art3.base == 119);
}

#include "gradus/l68/discrepancy.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("Discrepancies: quadro 1 totals and a province declared in quadro 3 only", "[l68][discrepanze]") {
    Prospetto p;
    p.reference_date = Date::from_ymd(2024, 12, 31);
    p.national_employees = 100;
    p.declared_category = 'C';
    p.provinces = {province("058", 30)};
    DeclaredSummary national;
    national.base_art3 = national.base_art18 = 30;
    national.quota_disabled = national.shortfall_disabled = 1;
    p.declared_national = national;
    DeclaredSummary milano = national;
    milano.provincia = "015";
    p.declared_provinces = {milano};
    const auto found = discrepancies(p, compute_obligation(p, categories(), "058"));
    REQUIRE(found.size() == 3);
    CHECK(found[0].field == "nlavoratorinazionali");
    CHECK(found[0].declared == "100");
    CHECK(found[0].recomputed == "30");
    CHECK(found[1].provincia == "058");  // in quadro 2, missing from quadro 3
    CHECK(found[1].field == "provincia");
    CHECK(found[2].provincia == "015");  // in quadro 3, missing from quadro 2
}

TEST_CASE("Discrepancies: declared compensations and art. 18 surplus offset", "[l68][discrepanze]") {
    Prospetto p;
    p.reference_date = Date::from_ymd(2024, 12, 31);
    p.national_employees = 40;
    p.declared_category = 'B';
    ProvincialDetail roma = province("058", 40);
    roma.compensations = {{"037", CompensationKind::reduction, 1, Beneficiary::disabled, ""}};
    p.provinces = {roma};
    DeclaredSummary national;
    national.base_art3 = national.base_art18 = 40;
    national.quota_disabled = 2;
    national.shortfall_disabled = 1;
    national.art18_offset = 1;  // nothing to offset: no art. 18 workers
    p.declared_national = national;
    DeclaredSummary provincial = national;
    provincial.provincia = "058";
    provincial.compensation_disabled_kind = CompensationKind::surplus;  // declared E 1, detail says R 1
    provincial.compensation_disabled_count = 1;
    p.declared_provinces = {provincial};
    const auto found = discrepancies(p, compute_obligation(p, categories(), "058"));
    REQUIRE(found.size() == 2);
    CHECK(found[0].field == "quotaesuberiArt18");
    CHECK(found[0].recomputed == "0");
    CHECK(found[1].field == "numerocompdisabili");
    CHECK(found[1].declared == "1");
    CHECK(found[1].recomputed == "-1");
}

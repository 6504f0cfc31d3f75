#include "gradus/core/errors.hpp"
#include "gradus/services/status.hpp"
#include "shipped_data.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

}  // namespace

TEST_CASE("employee income keeps the stato up to the threshold in force, included") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK(status_for_income(p, {Decimal::parse("8174.00"), std::nullopt}, d(2025, 6, 1)).effect == StatusEffect::kept);
    const StatusDecision over = status_for_income(p, {Decimal::parse("8174.01"), std::nullopt}, d(2025, 6, 1));
    CHECK(over.effect == StatusEffect::lost);
    CHECK(over.reason == "reddito da lavoro dipendente 8.174,01 euro oltre la soglia di 8.174,00 euro");
    // The 2019 threshold applies to a day of 2021.
    CHECK(status_for_income(p, {Decimal::parse("8150.00"), std::nullopt}, d(2021, 12, 31)).effect == StatusEffect::lost);
    CHECK(status_for_income(p, {Decimal::parse("8150.00"), std::nullopt}, d(2022, 1, 1)).effect == StatusEffect::kept);
}

TEST_CASE("each income is compared with its own threshold") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK(status_for_income(p, {Decimal::parse("8000.00"), Decimal::parse("5500.00")}, d(2025, 6, 1)).effect ==
          StatusEffect::kept);
    CHECK(status_for_income(p, {Decimal::parse("100.00"), Decimal::parse("5500.01")}, d(2025, 6, 1)).effect ==
          StatusEffect::lost);
    CHECK(status_for_income(p, {std::nullopt, Decimal::parse("4800.01")}, d(2020, 6, 1)).effect == StatusEffect::lost);
}

TEST_CASE("before the 2019 thresholds the rule is unknown and refuses to decide") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK_THROWS_AS(status_for_income(p, {Decimal::parse("1.00"), std::nullopt}, d(2019, 3, 29)), ConfigError);
}

TEST_CASE("a contract of up to 6 months suspends the stato; one day more is judged on income") {
    const RuleParameters& p = test::shipped_parameters();
    const Decimal high = Decimal::parse("20000.00");
    const Decimal low = Decimal::parse("6000.00");
    CHECK(status_after_contract(p, d(2025, 1, 1), d(2025, 6, 30), high).effect == StatusEffect::suspended);
    CHECK(status_after_contract(p, d(2025, 1, 1), d(2025, 7, 1), high).effect == StatusEffect::lost);
    CHECK(status_after_contract(p, d(2025, 1, 1), d(2025, 7, 1), low).effect == StatusEffect::kept);
    CHECK(status_after_contract(p, d(2025, 1, 1), std::nullopt, high).effect == StatusEffect::lost);
}

#include "gradus/services/sanctions.hpp"
#include "shipped_data.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

BreachEvent missed(const Date& on) { return {on, Breach::appointment}; }

}  // namespace

TEST_CASE("missed appointments climb 8 days, 30 days, decadenza, and start again with a new benefit episode") {
    const RuleParameters& p = test::shipped_parameters();
    const Date first_claim = d(2024, 1, 15);
    const Date second_claim = d(2025, 2, 1);
    const std::vector<Sanction> s = apply_sanctions(
        p, {second_claim, first_claim},
        {missed(d(2024, 3, 1)), missed(d(2024, 4, 2)), missed(d(2025, 3, 3)), missed(d(2024, 5, 6)),
         missed(d(2024, 6, 3)), missed(d(2025, 4, 1))});
    REQUIRE(s.size() == 5);
    CHECK(s[0].episode == first_claim);
    CHECK(s[0].step == SanctionStep{8, false});
    CHECK(s[1].step == SanctionStep{30, false});
    CHECK(s[2].on == d(2024, 5, 6));
    CHECK(s[2].occurrence == 3);
    CHECK(s[2].step.forfeiture);
    // 3 June 2024 comes after the decadenza: nothing more to take in that episode.
    CHECK(s[3].on == d(2025, 3, 3));
    CHECK(s[3].episode == second_claim);
    CHECK(s[3].occurrence == 1);
    CHECK(s[3].step == SanctionStep{8, false});
    CHECK(s[4].step == SanctionStep{30, false});
}

TEST_CASE("each kind of breach has its own count and ladder") {
    const RuleParameters& p = test::shipped_parameters();
    const std::vector<Sanction> s = apply_sanctions(
        p, {d(2025, 1, 10)},
        {missed(d(2025, 2, 1)), {d(2025, 2, 15), Breach::active_measure}, missed(d(2025, 3, 1))});
    REQUIRE(s.size() == 3);
    CHECK(s[0].step == SanctionStep{8, false});
    CHECK(s[1].step == SanctionStep{30, false});  // first missed training: one month
    CHECK(s[2].step == SanctionStep{30, false});  // second missed appointment
    const std::vector<Sanction> refused = apply_sanctions(p, {d(2025, 1, 10)}, {{d(2025, 2, 1), Breach::offer_refused}});
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].step.forfeiture);
}

TEST_CASE("a breach before any benefit claim is no benefit breach; a claim on the day counts") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK(apply_sanctions(p, {d(2025, 3, 1)}, {missed(d(2025, 2, 28))}).empty());
    const std::vector<Sanction> s = apply_sanctions(p, {d(2025, 3, 1)}, {missed(d(2025, 3, 1))});
    REQUIRE(s.size() == 1);
    CHECK(s[0].episode == d(2025, 3, 1));
}

TEST_CASE("only an unjustified absence is a breach") {
    CHECK(is_breach(AppointmentOutcome::absent_unjustified));
    CHECK_FALSE(is_breach(AppointmentOutcome::absent_justified));
    CHECK_FALSE(is_breach(AppointmentOutcome::present));
    CHECK_FALSE(is_breach(AppointmentOutcome::cancelled));
    CHECK(parse_appointment_outcome("AI") == AppointmentOutcome::absent_unjustified);
    CHECK_FALSE(parse_appointment_outcome("X").has_value());
}

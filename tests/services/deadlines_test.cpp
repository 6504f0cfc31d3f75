#include "gradus/core/errors.hpp"
#include "gradus/services/deadlines.hpp"
#include "shipped_data.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

}  // namespace

TEST_CASE("a DID gives 30 days to contact the CPI: the 30th day after it is the last in time") {
    const RuleParameters& p = test::shipped_parameters();
    const Date deadline = contact_deadline(p, Registration::did, d(2025, 3, 1));
    CHECK(deadline == d(2025, 3, 31));
    CHECK(d(2025, 3, 31) <= deadline);
    CHECK(d(2025, 4, 1) > deadline);
}

TEST_CASE("a NASpI claim gives 15 days to contact the CPI") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK(contact_deadline(p, Registration::benefit_claim, d(2025, 2, 20)) == d(2025, 3, 7));
    CHECK(contact_deadline(p, Registration::benefit_claim, d(2024, 2, 20)) == d(2024, 3, 6));  // leap year
}

TEST_CASE("self-profiling may be asked from the day after the 60 days from registration") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK(self_profiling_from(p, d(2025, 1, 10)) == d(2025, 3, 12));  // 60th day: 11 March
}

TEST_CASE("the assegno di ricollocazione needs NASpI and more than 4 months of unemployment") {
    const RuleParameters& p = test::shipped_parameters();
    const Date did = d(2025, 1, 31);
    CHECK(adr_eligible_from(p, did, 0) == d(2025, 6, 1));  // 4 months complete on 31 May
    CHECK_FALSE(adr_eligible(p, true, did, 0, d(2025, 5, 31)));
    CHECK(adr_eligible(p, true, did, 0, d(2025, 6, 1)));
    CHECK_FALSE(adr_eligible(p, false, did, 0, d(2025, 6, 1)));
    // Ten days of suspension push the day ten days on.
    CHECK(adr_eligible_from(p, did, 10) == d(2025, 6, 11));
    CHECK_FALSE(adr_eligible(p, true, did, 10, d(2025, 6, 10)));
}

TEST_CASE("a term whose parameter is unknown is refused, not guessed") {
    const RuleParameters& p = test::shipped_parameters();
    CHECK_THROWS_AS(p.whole(parameter::convocation_days, d(2025, 3, 1)), ConfigError);
    CHECK_THROWS_AS(p.in_force(parameter::contact_after_did_days, d(2015, 9, 23)), ConfigError);
    CHECK(p.whole(parameter::contact_after_did_days, d(2015, 9, 24)) == 30);
}

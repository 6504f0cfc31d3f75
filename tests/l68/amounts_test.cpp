#include "gradus/core/errors.hpp"
#include "gradus/l68/amounts.hpp"

#include "builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

namespace {
Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }
}  // namespace

TEST_CASE("L. 68/1999 art. 5 c. 3, DM 193/2021: contributo esonerativo 39,21 per working day and unit", "[l68][importi]") {
    const auto calendar = HolidayCalendar::national();
    // 3-7 January 2022: 6 January is a holiday, 4 working days; 4 units.
    const Due due = contributo_esonerativo(4, d(2022, 1, 3), d(2022, 1, 7), amounts(), calendar);
    CHECK(due.working_days == 4);
    CHECK(due.euro == Decimal::parse("627.36"));  // 4 x 4 x 39,21
    CHECK(due.complete);
}

TEST_CASE("DM 21/12/2007 and DM 193/2021: the daily amount changes on 1 January 2022", "[l68][importi]") {
    const auto calendar = HolidayCalendar::national();
    // 27-31 December 2021: 5 days at 30,64; 3-7 January 2022: 4 days at 39,21.
    const Due due = contributo_esonerativo(1, d(2021, 12, 27), d(2022, 1, 7), amounts(), calendar);
    CHECK(due.working_days == 9);
    CHECK(due.euro == Decimal::parse("310.04"));  // 153,20 + 156,84
    // Before any row of the table: the amount is incomplete, not invented.
    const Due old = contributo_esonerativo(1, d(2007, 12, 24), d(2008, 1, 4), amounts(), calendar);
    CHECK_FALSE(old.complete);
}

TEST_CASE("L. 68/1999 art. 15 c. 4: 5 x contributo per working day per uncovered unit after 60 days (E8)", "[l68][importi]") {
    const auto calendar = HolidayCalendar::national();
    // Obligation from 31/12/2023; day 61 is 1/3/2024; 1-28 March 2024 has 20 working days.
    const Due due = uncovered_sanction(1, d(2023, 12, 31), d(2024, 3, 28), amounts(), calendar);
    CHECK(due.working_days == 20);
    CHECK(due.euro == Decimal::parse("3921.00"));  // 20 x 196,05
    const Due none = uncovered_sanction(2, d(2023, 12, 31), d(2024, 2, 29), amounts(), calendar);
    CHECK(none.working_days == 0);
    CHECK(none.euro == Decimal(0));
}

TEST_CASE("L. 68/1999 art. 9 c. 6 and art. 15 c. 1, DM 194/2021: late prospetto", "[l68][importi]") {
    CHECK_FALSE(late_filing(d(2023, 12, 31), d(2024, 1, 31), amounts()));
    const auto late = late_filing(d(2023, 12, 31), d(2024, 2, 10), amounts());
    REQUIRE(late);
    CHECK(late->deadline == d(2024, 1, 31));
    CHECK(late->days_late == 10);
    REQUIRE(late->sanction);
    CHECK(*late->sanction == Decimal::parse("1042.63"));  // 702,43 + 10 x 34,02
    const auto old = late_filing(d(2020, 12, 31), d(2021, 3, 1), amounts());
    REQUIRE(old);
    CHECK(old->days_late == 29);
    CHECK_FALSE(old->sanction);  // no amount in the table before 2022
}

TEST_CASE("Reference data files: bad lines and overlapping periods are refused", "[l68][dati]") {
    CHECK_THROWS_AS(Amounts::parse("voce;dal;al;importo;atto;stato\n"
                                   "contributo_esonerativo;2020-01-01;;1;a;[S]\n"
                                   "contributo_esonerativo;2022-01-01;;2;b;[S]\n", "x"),
                    ConfigError);
    CHECK_THROWS_AS(ExcludedCategories::parse("h\n12;E;x;y;z\n", "x"), ConfigError);
    CHECK_THROWS_AS(ExcludedCategories::parse("h\n0001;X;x;y;z\n", "x"), ConfigError);
    const Comuni comuni = Comuni::parse("# c\nbelfiore;provincia;sigla;nome\nH501;058;RM;Roma\n", "x");
    CHECK(comuni.provincia_of("H501") == std::optional<std::string>("058"));
    CHECK_FALSE(comuni.provincia_of("A944"));
}

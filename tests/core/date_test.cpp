#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::Date;
using gradus::OverflowError;
using gradus::ParseError;
using Catch::Matchers::Contains;

namespace {
Date iso(const char* text) { return Date::parse_iso(text); }
}  // namespace

TEST_CASE("Date parses strict ISO dates", "[core][date]") {
    const Date d = iso("2025-03-01");
    CHECK(d.year() == 2025);
    CHECK(d.month() == 3);
    CHECK(d.day() == 1);
    CHECK(d.to_iso() == "2025-03-01");
    CHECK(d.to_italian() == "01/03/2025");
    CHECK(iso("2024-02-29").to_iso() == "2024-02-29");  // 2024 is a leap year
    CHECK(iso("2000-02-29").to_iso() == "2000-02-29");  // divisible by 400: leap
    CHECK(iso("0001-01-01").to_italian() == "01/01/0001");
    CHECK(iso("9999-12-31").to_iso() == "9999-12-31");
    CHECK(Date().to_iso() == "1970-01-01");
}

TEST_CASE("Date rejects anything but a real YYYY-MM-DD day, naming the text", "[core][date]") {
    for (const char* bad : {"2025-02-30", "2025-13-01", "2025-1-01", "2025-01-1", "2023-02-29", "1900-02-29",
                            "2025-04-31", "2025-00-10", "2025-01-00", "0000-01-01", "2025/01/01", "20250101",
                            " 2025-01-01", "2025-01-01 ", "+025-01-01", "2025-01-01T00:00", "", "01/03/2025",
                            "2025-0a-01"}) {
        INFO("text: '" << bad << "'");
        CHECK_THROWS_AS(Date::parse_iso(bad), ParseError);
        CHECK_THROWS_WITH(Date::parse_iso(bad), Contains("'" + std::string(bad) + "'"));
        CHECK_FALSE(Date::try_parse_iso(bad).has_value());
    }
    REQUIRE(Date::try_parse_iso("2025-12-31").has_value());
    CHECK(Date::try_parse_iso("2025-12-31")->day() == 31);
}

TEST_CASE("Date::from_ymd and the ymd constructor check the calendar", "[core][date]") {
    CHECK(Date::from_ymd(2024, 2, 29).to_iso() == "2024-02-29");
    CHECK_THROWS_AS(Date::from_ymd(2025, 2, 30), ParseError);
    CHECK_THROWS_WITH(Date::from_ymd(2025, 2, 30), Contains("2025-2-30"));
    CHECK_THROWS_AS(Date::from_ymd(2025, 13, 1), ParseError);
    CHECK_THROWS_AS(Date::from_ymd(10000, 1, 1), ParseError);
    using namespace std::chrono;
    CHECK_THROWS_AS(Date(year_month_day{year{2023}, February, day{29}}), ParseError);
    CHECK(Date(year_month_day{year{2025}, January, day{1}}).weekday() == Wednesday);
}

TEST_CASE("Date ordering and days_until", "[core][date]") {
    CHECK(iso("2024-12-31") < iso("2025-01-01"));
    CHECK(iso("2025-01-01") == iso("2025-01-01"));
    // 2024 is a leap year: 366 days from 1 January 2024 to 1 January 2025.
    CHECK(iso("2024-01-01").days_until(iso("2025-01-01")) == 366);
    CHECK(iso("2025-01-01").days_until(iso("2024-01-01")) == -366);
    CHECK(iso("2025-03-01").days_until(iso("2025-03-01")) == 0);
    // 28 days of February 2025 + 1: from 1 Feb to 1 Mar.
    CHECK(iso("2025-02-01").days_until(iso("2025-03-01")) == 28);
}

TEST_CASE("Date::plus_days crosses months, leap days and years", "[core][date]") {
    CHECK(iso("2024-02-28").plus_days(1).to_iso() == "2024-02-29");
    CHECK(iso("2024-02-28").plus_days(2).to_iso() == "2024-03-01");
    CHECK(iso("2024-12-31").plus_days(1).to_iso() == "2025-01-01");
    CHECK(iso("2025-01-01").plus_days(-1).to_iso() == "2024-12-31");
    CHECK(iso("2024-01-01").plus_days(365).to_iso() == "2024-12-31");  // leap year: day 366
    CHECK_THROWS_AS(iso("9999-12-31").plus_days(1), OverflowError);
    CHECK_THROWS_AS(iso("0001-01-01").plus_days(-1), OverflowError);
    CHECK_THROWS_AS(iso("2025-01-01").plus_days(1'000'000'000L), OverflowError);
}

TEST_CASE("Date::plus_months clamps to the end of the month (art. 2963 c. 4 c.c.)", "[core][date]") {
    CHECK(iso("2024-01-31").plus_months(1).to_iso() == "2024-02-29");
    CHECK(iso("2023-01-31").plus_months(1).to_iso() == "2023-02-28");
    CHECK(iso("2024-03-31").plus_months(-1).to_iso() == "2024-02-29");
    CHECK(iso("2024-10-31").plus_months(1).to_iso() == "2024-11-30");
    CHECK(iso("2024-11-15").plus_months(2).to_iso() == "2025-01-15");
    // Always counted from the original day, never chained: 31 Jan + 2 months is 31 March.
    CHECK(iso("2024-01-31").plus_months(2).to_iso() == "2024-03-31");
    CHECK(iso("2025-01-15").plus_months(-13).to_iso() == "2023-12-15");
    CHECK(iso("2024-02-29").plus_years(1).to_iso() == "2025-02-28");
    CHECK(iso("2024-02-29").plus_years(4).to_iso() == "2028-02-29");
    CHECK(iso("2025-06-10").plus_months(0) == iso("2025-06-10"));
    CHECK_THROWS_AS(iso("9999-12-01").plus_months(1), OverflowError);
}

TEST_CASE("whole_months_between counts complete months (art. 2963 c.c.)", "[core][date]") {
    using gradus::whole_months_between;
    // The month completes on the same-numbered day of the next month.
    CHECK(whole_months_between(iso("2024-01-15"), iso("2024-02-14")) == 0);
    CHECK(whole_months_between(iso("2024-01-15"), iso("2024-02-15")) == 1);
    // No 31 February: the month completes on the last day of February.
    CHECK(whole_months_between(iso("2024-01-31"), iso("2024-02-29")) == 1);
    CHECK(whole_months_between(iso("2024-01-31"), iso("2024-02-28")) == 0);
    CHECK(whole_months_between(iso("2024-01-30"), iso("2024-02-29")) == 1);
    // 30 Nov -> 30 Dec -> 30 Jan -> 29 Feb (clamped): 3 months.
    CHECK(whole_months_between(iso("2023-11-30"), iso("2024-02-29")) == 3);
    CHECK(whole_months_between(iso("2023-12-31"), iso("2024-02-29")) == 2);
    CHECK(whole_months_between(iso("2024-02-29"), iso("2024-03-28")) == 0);
    CHECK(whole_months_between(iso("2024-02-29"), iso("2024-03-29")) == 1);
    // Across year ends: 15 Dec -> 15 Jan.
    CHECK(whole_months_between(iso("2024-12-15"), iso("2025-01-15")) == 1);
    CHECK(whole_months_between(iso("2024-12-15"), iso("2025-01-14")) == 0);
    // Five years less one day: 59 months.
    CHECK(whole_months_between(iso("2020-05-10"), iso("2025-05-09")) == 59);
    CHECK(whole_months_between(iso("2020-05-10"), iso("2025-05-10")) == 60);
    // Not after: 0.
    CHECK(whole_months_between(iso("2025-05-10"), iso("2025-05-10")) == 0);
    CHECK(whole_months_between(iso("2025-05-10"), iso("2024-01-01")) == 0);
}

TEST_CASE("age_on counts completed years; 29 February birthdays complete on 28 February", "[core][date]") {
    using gradus::age_on;
    // art. 2963 c. 4 c.c.: in common years the year completes on 28 February.
    CHECK(age_on(iso("2004-02-29"), iso("2022-02-28")) == 18);
    CHECK(age_on(iso("2004-02-29"), iso("2022-02-27")) == 17);
    CHECK(age_on(iso("2004-02-29"), iso("2024-02-29")) == 20);
    CHECK(age_on(iso("2004-02-29"), iso("2024-02-28")) == 19);
    CHECK(age_on(iso("1990-06-15"), iso("2025-06-14")) == 34);
    CHECK(age_on(iso("1990-06-15"), iso("2025-06-15")) == 35);
    CHECK(age_on(iso("1990-06-15"), iso("1990-06-15")) == 0);
    CHECK(age_on(iso("1999-12-31"), iso("2000-01-01")) == 0);
    CHECK_THROWS_AS(age_on(iso("2000-01-02"), iso("2000-01-01")), ParseError);
    CHECK_THROWS_WITH(age_on(iso("2000-01-02"), iso("2000-01-01")), Contains("precedes the birth"));
}

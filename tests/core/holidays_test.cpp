#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

using gradus::Date;
using gradus::HolidayCalendar;

namespace {
Date iso(const char* text) { return Date::parse_iso(text); }
}  // namespace

TEST_CASE("easter_sunday by the anonymous Gregorian computus", "[core][holidays]") {
    using gradus::easter_sunday;
    CHECK(easter_sunday(2024) == iso("2024-03-31"));
    CHECK(easter_sunday(2025) == iso("2025-04-20"));
    CHECK(easter_sunday(2026) == iso("2026-04-05"));
    CHECK(easter_sunday(2027) == iso("2027-03-28"));
    CHECK(easter_sunday(2038) == iso("2038-04-25"));
    CHECK(easter_sunday(2000) == iso("2000-04-23"));
    // The extremes: 22 March and 25 April.
    CHECK(easter_sunday(1818) == iso("1818-03-22"));
    CHECK(easter_sunday(2285) == iso("2285-03-22"));
    CHECK(easter_sunday(1943) == iso("1943-04-25"));
    for (int year = 1950; year <= 2100; ++year) {
        const Date easter = easter_sunday(year);
        INFO(year);
        CHECK(easter.weekday() == std::chrono::Sunday);
        CHECK(easter >= Date::from_ymd(year, 3, 22));
        CHECK(easter <= Date::from_ymd(year, 4, 25));
    }
}

TEST_CASE("National holidays of L. 260/1949 as amended", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    for (const char* day : {"2025-01-01", "2025-01-06", "2025-04-21", "2025-04-25", "2025-05-01", "2025-06-02",
                            "2025-08-15", "2025-11-01", "2025-12-08", "2025-12-25", "2025-12-26"}) {
        INFO(day);
        CHECK(it.is_holiday(iso(day)));
    }
    // Easter Sunday 2025-04-20 is a Sunday, not a listed holiday; Easter Monday 2024 was 1 April.
    CHECK_FALSE(it.is_holiday(iso("2025-04-20")));
    CHECK(it.is_holiday(iso("2024-04-01")));
    CHECK_FALSE(it.is_holiday(iso("2025-04-01")));
    CHECK_FALSE(it.is_holiday(iso("2025-03-19")));
    CHECK_FALSE(it.is_holiday(iso("2025-11-04")));
}

TEST_CASE("Holidays apply only in the years their law covers", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    // 4 October from 2026 (L. 8/10/2025 n. 151).
    CHECK_FALSE(it.is_holiday(iso("2025-10-04")));
    CHECK(it.is_holiday(iso("2026-10-04")));
    // 2 June: abolished from 1977 (L. 54/1977), restored from 2001 (L. 336/2000).
    CHECK(it.is_holiday(iso("1976-06-02")));
    CHECK_FALSE(it.is_holiday(iso("1977-06-02")));
    CHECK_FALSE(it.is_holiday(iso("2000-06-02")));
    CHECK(it.is_holiday(iso("2001-06-02")));
    // 6 January: still a holiday on 6/1/1977 (L. 54/1977 in force 8/3/1977), restored from 1986 (DPR 792/1985).
    CHECK(it.is_holiday(iso("1977-01-06")));
    CHECK_FALSE(it.is_holiday(iso("1978-01-06")));
    CHECK_FALSE(it.is_holiday(iso("1985-01-06")));
    CHECK(it.is_holiday(iso("1986-01-06")));
    // 19 March, 29 June and 4 November until 1976 (L. 54/1977 art. 1).
    CHECK(it.is_holiday(iso("1976-03-19")));
    CHECK_FALSE(it.is_holiday(iso("1977-03-19")));
    CHECK(it.is_holiday(iso("1976-11-04")));
    CHECK_FALSE(it.is_holiday(iso("1977-11-04")));
    CHECK(it.is_holiday(iso("1960-04-25")));
}

TEST_CASE("Working days of January 2025 nationally", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    // 31 days from Wednesday 1 Jan: 4 weeks (20 weekdays) + Wed 29, Thu 30, Fri 31 = 23 weekdays;
    // minus 1 January (Wednesday) and 6 January (Monday) = 21.
    CHECK(it.working_days(iso("2025-01-01"), iso("2025-01-31")) == 21);
    CHECK_FALSE(it.is_working_day(iso("2025-01-06")));
    CHECK(it.is_working_day(iso("2025-01-07")));
    CHECK_FALSE(it.is_working_day(iso("2025-01-04")));  // Saturday
    CHECK_FALSE(it.is_working_day(iso("2025-01-05")));  // Sunday
}

TEST_CASE("Working days of April 2025 with Easter Monday", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    // 30 days from Tuesday 1 April: 4 weeks (20) + Tue 29, Wed 30 = 22 weekdays;
    // minus Easter Monday 21 April and Friday 25 April = 20.
    CHECK(it.working_days(iso("2025-04-01"), iso("2025-04-30")) == 20);
}

TEST_CASE("Working days of October 2027 with San Francesco on a Monday", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    // 31 days from Friday 1 October: 4 weeks (20) + Fri 29 (Sat 30, Sun 31 do not count) = 21;
    // minus Monday 4 October (L. 151/2025) = 20.
    CHECK(it.working_days(iso("2027-10-01"), iso("2027-10-31")) == 20);
    CHECK(HolidayCalendar().working_days(iso("2027-10-01"), iso("2027-10-31")) == 21);
}

TEST_CASE("Working days of the whole of 2025", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    // 365 days from Wednesday: 52 weeks (260 weekdays) + Wed 31 Dec = 261 weekdays. Holidays on
    // weekdays: 1/1 Wed, 6/1 Mon, 21/4 Mon, 25/4 Fri, 1/5 Thu, 2/6 Mon, 15/8 Fri, 8/12 Mon,
    // 25/12 Thu, 26/12 Fri = 10 (1/11 is a Saturday). 261 - 10 = 251.
    CHECK(it.working_days(iso("2025-01-01"), iso("2025-12-31")) == 251);
}

TEST_CASE("A local patron's day: Sant'Ambrogio in Milan", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    const HolidayCalendar milano = it.with_local_holiday(12, 7);
    // December 2026, 31 days from Tuesday: 4 weeks (20) + Tue 29, Wed 30, Thu 31 = 23 weekdays;
    // minus 8 Dec (Tue) and 25 Dec (Fri); 26 Dec is a Saturday: 21 nationally.
    CHECK(it.working_days(iso("2026-12-01"), iso("2026-12-31")) == 21);
    // Milan also loses Monday 7 December: 20.
    CHECK(milano.working_days(iso("2026-12-01"), iso("2026-12-31")) == 20);
    CHECK(milano.is_holiday(iso("1990-12-07")));
    CHECK_FALSE(it.is_holiday(iso("2026-12-07")));
    CHECK(HolidayCalendar().with_local_holiday(2, 29).is_holiday(iso("2024-02-29")));
    CHECK_THROWS_AS(it.with_local_holiday(2, 30), gradus::ConfigError);
    CHECK_THROWS_AS(it.with_local_holiday(13, 1), gradus::ConfigError);
}

TEST_CASE("working_days edge cases", "[core][holidays]") {
    const HolidayCalendar it = HolidayCalendar::national();
    CHECK(it.working_days(iso("2025-01-31"), iso("2025-01-01")) == 0);
    CHECK(it.working_days(iso("2025-01-07"), iso("2025-01-07")) == 1);  // a Tuesday
    CHECK(it.working_days(iso("2025-01-06"), iso("2025-01-06")) == 0);  // Epifania
    CHECK(it.working_days(iso("9999-12-30"), iso("9999-12-31")) == 2);  // Thursday and Friday
    // An empty calendar knows no holidays, Easter Monday included.
    CHECK(HolidayCalendar().is_working_day(iso("2025-04-21")));
}

TEST_CASE("working_days counts by weeks and holidays exactly as day by day", "[core][holidays]") {
    // A patron's day on a national holiday (8 December), one that exists only in leap years (29
    // February), and 2011, when Easter Monday fell on 25 April: each day is lost once.
    const HolidayCalendar calendars[] = {HolidayCalendar::national(),
                                         HolidayCalendar::national().with_local_holiday(12, 8).with_local_holiday(2, 29),
                                         HolidayCalendar().with_local_holiday(6, 24)};
    const auto day_by_day = [](const HolidayCalendar& c, const Date& first, const Date& last) {
        long count = 0;
        for (Date d = first; d <= last; d = d.plus_days(1)) count += c.is_working_day(d) ? 1 : 0;
        return count;
    };
    CHECK(day_by_day(calendars[0], iso("2011-04-18"), iso("2011-04-29")) == 9);
    for (const HolidayCalendar& c : calendars) {
        // The first and last years of the holiday index (1950, 2199) are crossed both ways.
        for (const char* first : {"1940-03-01", "1949-12-25", "1976-12-31", "2011-04-20", "2020-02-27", "2024-02-26",
                                  "2025-07-01", "2195-06-15", "2199-12-24"}) {
            for (const long span : {0L, 1L, 5L, 6L, 7L, 13L, 59L, 60L, 364L, 365L, 366L, 1000L, 3652L}) {
                const Date from = iso(first);
                const Date to = from.plus_days(span);
                INFO(first << " + " << span);
                CHECK(c.working_days(from, to) == day_by_day(c, from, to));
            }
        }
    }
}

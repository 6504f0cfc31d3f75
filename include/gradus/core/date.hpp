#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace gradus {

// A calendar day (proleptic Gregorian, years 0001-9999), always valid: 2025-02-30 cannot be built.
// Arithmetic that leaves those years throws OverflowError.
class Date {
public:
    Date() = default;  // 1970-01-01
    explicit Date(std::chrono::year_month_day ymd);  // throws ParseError when !ymd.ok()
    static Date from_ymd(int year, unsigned month, unsigned day);  // throws ParseError when invalid
    // Strict ISO 8601 "YYYY-MM-DD"; throws ParseError naming the text (2025-02-30 included).
    static Date parse_iso(std::string_view text);
    static std::optional<Date> try_parse_iso(std::string_view text);

    std::chrono::year_month_day ymd() const { return m_ymd; }
    std::chrono::sys_days days() const { return std::chrono::sys_days{m_ymd}; }
    int year() const { return static_cast<int>(m_ymd.year()); }
    unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
    unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }
    std::chrono::weekday weekday() const { return std::chrono::weekday{days()}; }

    std::string to_iso() const;        // "2025-03-01"
    std::string to_italian() const;    // "01/03/2025"

    Date plus_days(long n) const;
    // Calendar months later (or earlier when n < 0); a day missing in the target month becomes
    // that month's last day (31 January + 1 month = 28 or 29 February), as art. 2963 c. 4 c.c.
    Date plus_months(int n) const;
    Date plus_years(int n) const { return plus_months(12 * n); }
    long days_until(const Date& later) const;  // later - this, in days (negative when earlier)

    friend bool operator==(const Date&, const Date&) = default;
    friend std::strong_ordering operator<=>(const Date& a, const Date& b) { return a.days() <=> b.days(); }

private:
    std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// Whole months from `from` to `to` as the law counts them (art. 2963 c.c.): a month is complete
// on the day with the same number in the following month (or that month's last day when it has
// no such day); fractions of a month are ignored. 0 when `to` is not after `from`.
int whole_months_between(const Date& from, const Date& to);

// Completed years of age at `on`; someone born on 29 February completes a year on 28 February
// in common years (art. 2963 c. 4 c.c.). Throws ParseError when `on` precedes the birth.
int age_on(const Date& birth, const Date& on);

// Italian public holidays that fall on fixed days, plus Easter Monday, plus local days (the
// patron saint of the place of work) given as month/day pairs.
class HolidayCalendar {
public:
    struct MonthDay {
        unsigned month;
        unsigned day;
        friend auto operator<=>(const MonthDay&, const MonthDay&) = default;
    };
    // The national calendar (L. 260/1949 and later amendments, Easter Monday included).
    static HolidayCalendar national();
    HolidayCalendar with_local_holiday(unsigned month, unsigned day) const;

    // A listed holiday; ordinary Sundays, festivi by L. 260/1949 art. 2, are not listed here.
    bool is_holiday(const Date& d) const;
    // Monday to Friday that are not holidays.
    bool is_working_day(const Date& d) const;
    // Working days from `first` to `last`, both included; 0 when last < first.
    long working_days(const Date& first, const Date& last) const;

private:
    // Every listed holiday of `year` once, in order.
    std::vector<Date> holidays_of(int year) const;
    // Listed holidays from `first` to `last` that fall Monday to Friday.
    long weekday_holidays(const Date& first, const Date& last) const;
    // Rebuilds m_weekday_holidays after the holidays change.
    void index_weekday_holidays();

    struct FixedHoliday {
        MonthDay when;
        int from_year;  // first year it is a holiday
        int to_year;    // last year it is a holiday
    };
    std::vector<FixedHoliday> m_fixed;
    bool m_easter_monday = false;
    std::set<MonthDay> m_local;
    // Day numbers (since 1970-01-01) of the listed holidays on weekdays of the indexed years, in
    // order: working_days counts them by two binary searches instead of listing each year's.
    std::vector<long> m_weekday_holidays;
};

// Gregorian Easter Sunday of `year` (anonymous Gregorian computus).
Date easter_sunday(int year);

}  // namespace gradus

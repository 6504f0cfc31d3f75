#include "gradus/core/date.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <limits>

namespace gradus {

namespace {

constexpr int modelled_from = 1950;
constexpr int open_ended = std::numeric_limits<int>::max();

// The years whose holidays are indexed: the modelled ones up to well past any running obligation.
constexpr int indexed_from = modelled_from;
constexpr int indexed_to = 2199;

bool is_weekday(const Date& d) { return d.weekday().iso_encoding() <= 5; }

long day_number(const Date& d) { return static_cast<long>(d.days().time_since_epoch().count()); }

}  // namespace

// Anonymous Gregorian computus (Meeus/Jones/Butcher), applied proleptically before 1583.
Date easter_sunday(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

// L. 27/5/1949 n. 260 art. 2 as amended; Sundays are festivi too but are not listed here.
// Before 1977 Ascension and Corpus Domini (movable, abolished by L. 5/3/1977 n. 54) are not modelled.
HolidayCalendar HolidayCalendar::national() {
    HolidayCalendar calendar;
    calendar.m_fixed = {
        {{1, 1}, modelled_from, open_ended},
        {{1, 6}, modelled_from, 1977},   // L. 54/1977 art. 1, in force 8/3/1977
        {{1, 6}, 1986, open_ended},      // DPR 28/12/1985 n. 792, in force 1/1/1986
        {{3, 19}, modelled_from, 1976},  // L. 54/1977 art. 1
        {{4, 25}, modelled_from, open_ended},
        {{5, 1}, modelled_from, open_ended},
        {{6, 2}, modelled_from, 1976},   // L. 54/1977 art. 1: moved to the first Sunday of June
        {{6, 2}, 2001, open_ended},      // L. 20/11/2000 n. 336 art. 1
        {{6, 29}, modelled_from, 1976},  // L. 54/1977 art. 1
        {{8, 15}, modelled_from, open_ended},
        {{10, 4}, 2026, open_ended},     // L. 8/10/2025 n. 151
        {{11, 1}, modelled_from, open_ended},
        {{11, 4}, modelled_from, 1976},  // L. 54/1977 art. 1: moved to the first Sunday of November
        {{12, 8}, modelled_from, open_ended},
        {{12, 25}, modelled_from, open_ended},
        {{12, 26}, modelled_from, open_ended},
    };
    calendar.m_easter_monday = true;
    calendar.index_weekday_holidays();
    return calendar;
}

HolidayCalendar HolidayCalendar::with_local_holiday(unsigned month, unsigned day) const {
    const std::chrono::month_day when{std::chrono::month{month}, std::chrono::day{day}};
    if (!when.ok()) {
        throw ConfigError("local holiday " + std::to_string(day) + "/" + std::to_string(month) +
                          " is not a day of the year");
    }
    HolidayCalendar calendar = *this;
    calendar.m_local.insert(MonthDay{month, day});
    calendar.index_weekday_holidays();
    return calendar;
}

bool HolidayCalendar::is_holiday(const Date& d) const {
    const MonthDay when{d.month(), d.day()};
    if (m_local.count(when) != 0) {
        return true;
    }
    const bool fixed = std::any_of(m_fixed.begin(), m_fixed.end(), [&](const FixedHoliday& h) {
        return h.when == when && d.year() >= h.from_year && d.year() <= h.to_year;
    });
    if (fixed) {
        return true;
    }
    // L. 260/1949 art. 2: "il giorno di lunedì dopo Pasqua".
    const bool may_be_easter_monday = (d.month() == 3 || d.month() == 4) && d.weekday() == std::chrono::Monday;
    return may_be_easter_monday && m_easter_monday && d.year() >= modelled_from &&
           easter_sunday(d.year()).plus_days(1) == d;
}

bool HolidayCalendar::is_working_day(const Date& d) const { return is_weekday(d) && !is_holiday(d); }

std::vector<Date> HolidayCalendar::holidays_of(int year) const {
    std::vector<Date> days;
    const std::chrono::year y{year};
    for (const FixedHoliday& h : m_fixed) {
        if (year >= h.from_year && year <= h.to_year) days.emplace_back(y / std::chrono::month{h.when.month} / std::chrono::day{h.when.day});
    }
    for (const MonthDay& m : m_local) {
        const std::chrono::year_month_day ymd = y / std::chrono::month{m.month} / std::chrono::day{m.day};
        if (ymd.ok()) days.emplace_back(ymd);  // 29 February only in leap years
    }
    if (m_easter_monday && year >= modelled_from) days.push_back(easter_sunday(year).plus_days(1));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

void HolidayCalendar::index_weekday_holidays() {
    m_weekday_holidays.clear();
    for (int year = indexed_from; year <= indexed_to; ++year) {
        for (const Date& holiday : holidays_of(year)) {
            if (is_weekday(holiday)) m_weekday_holidays.push_back(day_number(holiday));
        }
    }
}

long HolidayCalendar::weekday_holidays(const Date& first, const Date& last) const {
    const auto from = std::lower_bound(m_weekday_holidays.begin(), m_weekday_holidays.end(), day_number(first));
    const auto to = std::upper_bound(from, m_weekday_holidays.end(), day_number(last));
    long count = to - from;
    const auto count_listed = [&](int from_year, int to_year) {
        for (int year = from_year; year <= to_year; ++year) {
            for (const Date& holiday : holidays_of(year)) {
                if (first <= holiday && holiday <= last && is_weekday(holiday)) ++count;
            }
        }
    };
    count_listed(first.year(), std::min(last.year(), indexed_from - 1));
    count_listed(std::max(first.year(), indexed_to + 1), last.year());
    return count;
}

// Weekdays counted by whole weeks and the days left over, less the holidays falling on one of them.
long HolidayCalendar::working_days(const Date& first, const Date& last) const {
    const long span = first.days_until(last);
    if (span < 0) {
        return 0;
    }
    const long days = span + 1;
    long count = 5 * (days / 7);
    const unsigned first_weekday = first.weekday().iso_encoding() - 1;  // 0 Monday .. 6 Sunday
    for (long i = 0; i < days % 7; ++i) {
        if ((first_weekday + static_cast<unsigned>(i)) % 7 < 5) ++count;
    }
    return count - weekday_holidays(first, last);
}

}  // namespace gradus

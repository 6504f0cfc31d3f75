#include "gradus/core/date.hpp"

#include "gradus/core/errors.hpp"

#include <array>

namespace gradus {

namespace {

namespace ch = std::chrono;

// Four-digit ISO years only, so that to_iso and parse_iso always round-trip.
constexpr int first_year = 1;
constexpr int last_year = 9999;

// More days than the whole supported range holds: the result is surely out of range.
constexpr long max_span_days = 366L * last_year;

bool in_range(const ch::year_month_day& ymd) {
    return ymd.ok() && static_cast<int>(ymd.year()) >= first_year && static_cast<int>(ymd.year()) <= last_year;
}

void put_digits(std::string& out, unsigned value, int width) {
    std::array<char, 4> buffer{};
    for (int i = width - 1; i >= 0; --i) {
        buffer[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer.data(), static_cast<std::size_t>(width));
}

std::string describe(int y, unsigned m, unsigned d) {
    return std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(d);
}

// Parses exactly "YYYY-MM-DD" into numbers; the calendar check comes after.
std::optional<ch::year_month_day> iso_fields(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto number = [text](std::size_t from, std::size_t length) -> std::optional<unsigned> {
        unsigned value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return std::nullopt;
            }
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    const ch::year_month_day ymd{ch::year{static_cast<int>(*y)}, ch::month{*m}, ch::day{*d}};
    if (!in_range(ymd)) {
        return std::nullopt;
    }
    return ymd;
}

// `from` + n units; the message is only built when the result is out of range.
Date checked_result(const ch::year_month_day& ymd, const Date& from, long n, const char* unit) {
    if (!in_range(ymd)) {
        throw OverflowError(from.to_iso() + " + " + std::to_string(n) + " " + unit + " is outside the years 0001-9999");
    }
    return Date(ymd);
}

}  // namespace

Date::Date(ch::year_month_day ymd) : m_ymd(ymd) {
    if (!in_range(ymd)) {
        throw ParseError("not a valid date: " + describe(static_cast<int>(ymd.year()),
                                                         static_cast<unsigned>(ymd.month()),
                                                         static_cast<unsigned>(ymd.day())));
    }
}

Date Date::from_ymd(int y, unsigned m, unsigned d) {
    if (y < first_year || y > last_year || m > 12 || d > 31) {
        throw ParseError("not a valid date: " + describe(y, m, d));
    }
    return Date(ch::year_month_day{ch::year{y}, ch::month{m}, ch::day{d}});
}

Date Date::parse_iso(std::string_view text) {
    const auto ymd = iso_fields(text);
    if (!ymd) {
        throw ParseError("'" + std::string(text) + "' is not a valid date in the form YYYY-MM-DD");
    }
    return Date(*ymd);
}

std::optional<Date> Date::try_parse_iso(std::string_view text) {
    const auto ymd = iso_fields(text);
    if (!ymd) {
        return std::nullopt;
    }
    return Date(*ymd);
}

std::string Date::to_iso() const {
    std::string text;
    text.reserve(10);
    put_digits(text, static_cast<unsigned>(year()), 4);
    text.push_back('-');
    put_digits(text, month(), 2);
    text.push_back('-');
    put_digits(text, day(), 2);
    return text;
}

std::string Date::to_italian() const {
    std::string text;
    text.reserve(10);
    put_digits(text, day(), 2);
    text.push_back('/');
    put_digits(text, month(), 2);
    text.push_back('/');
    put_digits(text, static_cast<unsigned>(year()), 4);
    return text;
}

Date Date::plus_days(long n) const {
    if (n > max_span_days || n < -max_span_days) {
        throw OverflowError(to_iso() + " + " + std::to_string(n) + " days is outside the years 0001-9999");
    }
    return checked_result(ch::year_month_day{days() + ch::days{n}}, *this, n, "days");
}

// art. 2963 c. 4 c.c.: a day missing in the target month is that month's last day.
Date Date::plus_months(int n) const {
    if (n > 12 * last_year || n < -12 * last_year) {
        throw OverflowError(to_iso() + " + " + std::to_string(n) + " months is outside the years 0001-9999");
    }
    const ch::year_month target = ch::year_month{m_ymd.year(), m_ymd.month()} + ch::months{n};
    const ch::day last = ch::year_month_day_last{target.year(), ch::month_day_last{target.month()}}.day();
    const ch::year_month_day ymd{target.year(), target.month(), std::min(m_ymd.day(), last)};
    return checked_result(ymd, *this, n, "months");
}

long Date::days_until(const Date& later) const { return static_cast<long>((later.days() - days()).count()); }

// art. 2963 c.c.: months run from a day to the same-numbered day (or the last day) of a later month.
int whole_months_between(const Date& from, const Date& to) {
    if (to <= from) {
        return 0;
    }
    // from.plus_months(n) falls in the month of `to`, so the answer is n or n - 1.
    const int n = (to.year() - from.year()) * 12 + static_cast<int>(to.month()) - static_cast<int>(from.month());
    return from.plus_months(n) <= to ? n : n - 1;
}

// art. 2963 c. 4 c.c.: born on 29 February, a year is complete on 28 February in common years.
int age_on(const Date& birth, const Date& on) {
    if (on < birth) {
        throw ParseError("age on " + on.to_iso() + " of someone born on " + birth.to_iso() +
                         ": the date precedes the birth");
    }
    const int years = on.year() - birth.year();
    return birth.plus_years(years) <= on ? years : years - 1;
}

}  // namespace gradus

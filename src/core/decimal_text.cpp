#include "gradus/core/decimal.hpp"

#include "gradus/core/errors.hpp"
#include "powers_of_ten.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace gradus {

namespace {

using Units = Decimal::Units;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) { return std::all_of(s.begin(), s.end(), is_digit); }

[[noreturn]] void reject(std::string_view text, std::string_view reason) {
    throw ParseError("'" + std::string(text) + "' is not a decimal number: " + std::string(reason));
}

// Reads the optional sign; returns whether the number is negative and drops the sign from `body`.
bool take_sign(std::string_view& body) {
    if (!body.empty() && (body.front() == '-' || body.front() == '+')) {
        const bool negative = body.front() == '-';
        body.remove_prefix(1);
        return negative;
    }
    return false;
}

// The units of the digits of `integer` (group dots skipped) followed by those of `fraction`.
Decimal from_digits(std::string_view text, bool negative, std::string_view integer, std::string_view fraction) {
    if (fraction.size() > static_cast<std::size_t>(Decimal::max_scale)) {
        reject(text, std::to_string(fraction.size()) + " decimals, more than " + std::to_string(Decimal::max_scale));
    }
    constexpr int chunk_digits = 18;
    Units units = 0;
    std::uint64_t chunk = 0;
    int chunk_length = 0;
    const auto push = [&](char c) {
        chunk = chunk * 10 + static_cast<std::uint64_t>(c - '0');
        if (++chunk_length == chunk_digits) {
            units = units * detail::powers_of_ten[chunk_digits] + chunk;
            chunk = 0;
            chunk_length = 0;
        }
    };
    try {
        for (const char c : integer) {
            if (c != '.') {
                push(c);
            }
        }
        for (const char c : fraction) {
            push(c);
        }
        units = units * detail::powers_of_ten[chunk_length] + chunk;
    } catch (const std::overflow_error&) {
        reject(text, "out of range");
    }
    return Decimal::from_units(negative ? Units(-units) : units, static_cast<int>(fraction.size()));
}

// Italian integer part: plain digits, or dot-separated thousands groups ("1.234.567").
bool is_italian_integer(std::string_view integer) {
    if (integer.find('.') == std::string_view::npos) {
        return all_digits(integer);
    }
    const std::size_t first_dot = integer.find('.');
    if (first_dot == 0 || first_dot > 3 || !all_digits(integer.substr(0, first_dot))) {
        return false;
    }
    std::string_view rest = integer.substr(first_dot);
    while (!rest.empty()) {
        if (rest.size() < 4 || rest[0] != '.' || !all_digits(rest.substr(1, 3))) {
            return false;
        }
        rest.remove_prefix(4);
    }
    return true;
}

// The decimal digits of |units|, at least `min_digits` of them (leading zeros added).
std::string magnitude_digits(const Units& units, std::size_t min_digits) {
    const Units magnitude = units < 0 ? Units(-units) : units;
    std::string digits;
    if (magnitude <= std::numeric_limits<std::uint64_t>::max()) {
        digits = std::to_string(static_cast<std::uint64_t>(magnitude));
    } else {
        constexpr std::uint64_t block = detail::powers_of_ten[18];
        const Units high = magnitude / block;
        const auto low = std::to_string(static_cast<std::uint64_t>(magnitude % block));
        digits = magnitude_digits(high, 1) + std::string(18 - low.size(), '0') + low;
    }
    if (digits.size() < min_digits) {
        digits.insert(0, min_digits - digits.size(), '0');
    }
    return digits;
}

std::string format(const Decimal& value, char decimal_separator, char group_separator) {
    const auto scale = static_cast<std::size_t>(value.scale());
    const std::string digits = magnitude_digits(value.units(), scale + 1);
    const std::string_view integer = std::string_view(digits).substr(0, digits.size() - scale);

    std::string text;
    text.reserve(digits.size() + digits.size() / 3 + 2);
    if (value.signum() < 0) {
        text.push_back('-');
    }
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (group_separator != '\0' && i > 0 && (integer.size() - i) % 3 == 0) {
            text.push_back(group_separator);
        }
        text.push_back(integer[i]);
    }
    if (scale > 0) {
        text.push_back(decimal_separator);
        text.append(digits, integer.size());
    }
    return text;
}

}  // namespace

Decimal Decimal::parse(std::string_view text) {
    std::string_view body = text;
    const bool negative = take_sign(body);
    const std::size_t dot = body.find('.');
    const std::string_view integer = body.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : body.substr(dot + 1);
    // xs:decimal lexical form: "5.", ".5" and "007" are numbers, "." and "" are not.
    if (integer.size() + fraction.size() == 0 || !all_digits(integer) || !all_digits(fraction)) {
        reject(text, "expected digits with an optional sign and '.' decimal separator");
    }
    return from_digits(text, negative, integer, fraction);
}

Decimal Decimal::parse_italian(std::string_view text) {
    std::string_view body = text;
    const bool negative = take_sign(body);
    const std::size_t comma = body.find(',');
    const std::string_view integer = body.substr(0, comma);
    const bool has_comma = comma != std::string_view::npos;
    const std::string_view fraction = has_comma ? body.substr(comma + 1) : std::string_view{};
    if (integer.empty() || !is_italian_integer(integer)) {
        reject(text, "expected Italian notation such as 1.234,56 (dots only between groups of three digits)");
    }
    if (has_comma && (fraction.empty() || !all_digits(fraction))) {
        reject(text, "expected digits after the decimal comma");
    }
    return from_digits(text, negative, integer, fraction);
}

std::string Decimal::to_string() const { return format(*this, '.', '\0'); }

std::string Decimal::to_italian(bool grouping) const { return format(*this, ',', grouping ? '.' : '\0'); }

}  // namespace gradus

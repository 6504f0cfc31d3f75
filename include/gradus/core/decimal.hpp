#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace gradus {

// How a value with more decimals than wanted is brought to fewer.
enum class Rounding {
    half_up,    // 2.5 -> 3, -2.5 -> -3 (ties away from zero)
    half_even,  // 2.5 -> 2, 3.5 -> 4 (ties to the even neighbour)
    truncate,   // toward zero: 2.9 -> 2, -2.9 -> -2
    over_half,  // only fractions strictly above one half go up (L. 68/1999 art. 4 c. 2): 10.50 -> 10, 10.51 -> 11
};

std::string_view to_string(Rounding r);
// Parses the names above; throws ConfigError naming the text when it is none of them.
Rounding parse_rounding(std::string_view text);

// An exact decimal number: an integer count of units of 10^-scale, on a checked 128-bit
// integer (kept as sign and two 64-bit halves of the magnitude: 24 bytes, where the 128-bit type
// itself takes 32, and a national graduatoria holds millions of them). Arithmetic never rounds silently and never wraps: overflow throws OverflowError,
// and every operation that would lose digits takes an explicit Rounding. A requested scale
// outside 0..max_scale throws ConfigError.
class Decimal {
public:
    using Units = boost::multiprecision::checked_int128_t;
    static constexpr int max_scale = 18;

    Decimal() = default;                        // 0 at scale 0
    Decimal(std::int64_t integer);              // NOLINT: implicit from integers is exact
    static Decimal from_units(Units units, int scale);

    // "1234.56", "-0.5", "+7", "42": dot as decimal separator, no grouping, no blanks; the
    // xs:decimal forms "5." and ".5" too. Throws ParseError with the offending text on anything
    // else, on more than max_scale decimals and beyond the 128-bit range.
    static Decimal parse(std::string_view text);
    // Italian notation: "1.234,56", "1234,56", "-0,5", "12": comma as decimal separator,
    // dots only as thousands groups of exactly three digits.
    static Decimal parse_italian(std::string_view text);

    Units units() const;
    int scale() const { return m_scale; }
    int signum() const;
    bool is_zero() const { return m_low == 0 && m_high == 0; }
    bool is_integer() const;

    // Exact: the result keeps the larger scale (add, subtract) or the sum of scales (multiply; a
    // sum above max_scale is cut to max_scale when the extra digits are zeros, else OverflowError).
    Decimal operator+(const Decimal& o) const;
    Decimal operator-(const Decimal& o) const;
    Decimal operator-() const;
    Decimal operator*(const Decimal& o) const;
    Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
    Decimal& operator-=(const Decimal& o) { return *this = *this - o; }

    // Division always names the result scale and the rounding: a / b rounded to `scale` decimals,
    // once, from the exact quotient. Division by zero throws OverflowError.
    static Decimal divide(const Decimal& a, const Decimal& b, int scale, Rounding mode);

    // The same value with `scale` decimals, rounded by `mode` when digits are lost; exact when
    // the scale grows.
    Decimal rounded(int scale, Rounding mode) const;
    // Same value, more decimals (throws OverflowError when `scale` is below the current one and
    // digits would be lost).
    Decimal rescaled(int scale) const;
    // The integer part after rounding to 0 decimals; throws OverflowError beyond int64.
    std::int64_t to_int64(Rounding mode) const;

    // Canonical text: "1234.56", "-0.5", exactly `scale()` decimals ("10.50" stays "10.50").
    std::string to_string() const;
    // Italian text: comma decimal separator, dot thousands groups when `grouping`: "1.234,56".
    std::string to_italian(bool grouping = true) const;

    // Numeric comparison, independent of scale: 1.50 == 1.5.
    friend bool operator==(const Decimal& a, const Decimal& b);
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

private:
    Decimal(const Units& units, int scale);

    std::uint64_t m_low = 0;   // magnitude, bits 0-63
    std::uint64_t m_high = 0;  // magnitude, bits 64-127
    bool m_negative = false;   // never set for zero
    std::int8_t m_scale = 0;
};

}  // namespace gradus

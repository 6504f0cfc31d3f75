#include "gradus/core/decimal.hpp"

#include "gradus/core/errors.hpp"
#include "powers_of_ten.hpp"

#include <array>
#include <limits>
#include <stdexcept>

namespace gradus {

namespace {

using Units = Decimal::Units;
// Wide enough for any Units times 10^36, so that no intermediate of a division or a
// cross-scale comparison can overflow.
using Wide = boost::multiprecision::checked_int256_t;

constexpr int max_scale = Decimal::max_scale;

const Wide& wide_power_of_ten(int exponent) {
    static const std::array<Wide, 2 * max_scale + 1> table = [] {
        std::array<Wide, 2 * max_scale + 1> powers;
        Wide p = 1;
        for (auto& entry : powers) {
            entry = p;
            p *= 10;
        }
        return powers;
    }();
    return table.at(static_cast<std::size_t>(exponent));
}

void require_scale(int scale, std::string_view operation) {
    if (scale < 0 || scale > max_scale) {
        throw ConfigError(std::string(operation) + ": scale " + std::to_string(scale) + " is outside 0.." +
                          std::to_string(max_scale));
    }
}

[[noreturn]] void overflow(const std::string& what) {
    throw OverflowError("decimal overflow: " + what + " is beyond the 128-bit range");
}

Units scale_up(const Units& units, int exponent, const Decimal& value) {
    try {
        return units * detail::powers_of_ten[static_cast<std::size_t>(exponent)];
    } catch (const std::overflow_error&) {
        overflow(value.to_string() + " with " + std::to_string(exponent) + " more decimals");
    }
}

// Whether units * 10^exponent surely fits Units: |units| <= 10^19 and exponent <= 18 keep it
// below 10^37 < 2^128.
bool fits_scaled(const Units& units, int exponent) {
    constexpr std::uint64_t limit = detail::powers_of_ten[19];
    return exponent <= max_scale && units <= limit && units >= -Units(limit);
}

Units narrow(const Wide& wide, const std::string& what) {
    if (wide > Wide(std::numeric_limits<Units>::max()) || wide < Wide(std::numeric_limits<Units>::min())) {
        overflow(what);
    }
    return static_cast<Units>(wide);
}

// numerator / denominator (denominator > 0) rounded once to an integer by `mode`.
template <typename Int>
Int divide_rounded(const Int& numerator, const Int& denominator, Rounding mode) {
    Int quotient = numerator / denominator;
    Int remainder = numerator % denominator;
    if (remainder == 0 || mode == Rounding::truncate) {
        return quotient;
    }
    if (remainder < 0) {
        remainder = -remainder;
    }
    // Compare the remainder with half the denominator without doubling it.
    const Int rest = denominator - remainder;
    bool away_from_zero = false;
    switch (mode) {
        case Rounding::half_up:
            away_from_zero = remainder >= rest;
            break;
        case Rounding::half_even:
            away_from_zero = remainder > rest || (remainder == rest && quotient % 2 != 0);
            break;
        case Rounding::over_half:  // L. 68/1999 art. 4 c. 2: only fractions above 0,50 count as one
            away_from_zero = remainder > rest;
            break;
        case Rounding::truncate:
            break;
    }
    if (away_from_zero) {
        quotient += numerator < 0 ? -1 : 1;
    }
    return quotient;
}

// Both values at the larger of their scales, exactly.
std::pair<Units, Units> aligned(const Decimal& a, const Decimal& b) {
    if (a.scale() == b.scale()) {
        return {a.units(), b.units()};
    }
    if (a.scale() < b.scale()) {
        return {scale_up(a.units(), b.scale() - a.scale(), a), b.units()};
    }
    return {a.units(), scale_up(b.units(), a.scale() - b.scale(), b)};
}

}  // namespace

Decimal::Decimal(std::int64_t integer) : Decimal(Units(integer), 0) {}

Decimal::Decimal(const Units& units, int scale) : m_negative(units < 0), m_scale(static_cast<std::int8_t>(scale)) {
    const Units magnitude = m_negative ? Units(-units) : units;
    constexpr std::uint64_t all_ones = std::numeric_limits<std::uint64_t>::max();
    m_low = static_cast<std::uint64_t>(magnitude & all_ones);
    m_high = static_cast<std::uint64_t>(magnitude >> 64);
}

Decimal::Units Decimal::units() const {
    Units magnitude = m_low;
    if (m_high != 0) {
        magnitude = m_high;
        magnitude <<= 64;
        magnitude |= m_low;
    }
    return m_negative ? Units(-magnitude) : magnitude;
}

Decimal Decimal::from_units(Units units, int scale) {
    require_scale(scale, "Decimal::from_units");
    return Decimal(units, scale);
}

int Decimal::signum() const { return m_negative ? -1 : (is_zero() ? 0 : 1); }

bool Decimal::is_integer() const {
    return m_scale == 0 || units() % detail::powers_of_ten[static_cast<std::size_t>(m_scale)] == 0;
}

Decimal Decimal::operator+(const Decimal& o) const {
    const auto [a, b] = aligned(*this, o);
    try {
        return Decimal(a + b, std::max(m_scale, o.m_scale));
    } catch (const std::overflow_error&) {
        overflow(to_string() + " + " + o.to_string());
    }
}

Decimal Decimal::operator-(const Decimal& o) const {
    const auto [a, b] = aligned(*this, o);
    try {
        return Decimal(a - b, std::max(m_scale, o.m_scale));
    } catch (const std::overflow_error&) {
        overflow(to_string() + " - " + o.to_string());
    }
}

Decimal Decimal::operator-() const { return Decimal(-units(), m_scale); }

Decimal Decimal::operator*(const Decimal& o) const {
    const int scale = m_scale + o.m_scale;
    if (scale <= max_scale) {
        try {
            return Decimal(units() * o.units(), scale);
        } catch (const std::overflow_error&) {
            overflow(to_string() + " * " + o.to_string());
        }
    }
    // More than max_scale decimals: exact only when the extra trailing digits are zeros.
    Wide product = Wide(units()) * Wide(o.units());
    const Wide& excess = wide_power_of_ten(scale - max_scale);
    if (product % excess != 0) {
        throw OverflowError("decimal overflow: " + to_string() + " * " + o.to_string() + " needs " +
                            std::to_string(scale) + " decimals, more than " + std::to_string(max_scale) +
                            "; round an operand first");
    }
    product /= excess;
    return Decimal(narrow(product, to_string() + " * " + o.to_string()), max_scale);
}

Decimal Decimal::divide(const Decimal& a, const Decimal& b, int scale, Rounding mode) {
    require_scale(scale, "Decimal::divide");
    if (b.is_zero()) {
        throw OverflowError("division by zero: " + a.to_string() + " / " + b.to_string());
    }
    // a / b * 10^scale = (A / 10^sa) / (B / 10^sb) * 10^scale = A * 10^(sb + scale - sa) / B
    const int exponent = b.m_scale + scale - a.m_scale;
    if (fits_scaled(exponent >= 0 ? a.units() : b.units(), exponent < 0 ? -exponent : exponent)) {
        Units numerator = a.units();
        Units denominator = b.units();
        if (exponent >= 0) {
            numerator *= detail::powers_of_ten[static_cast<std::size_t>(exponent)];
        } else {
            denominator *= detail::powers_of_ten[static_cast<std::size_t>(-exponent)];
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        return Decimal(divide_rounded(numerator, denominator, mode), scale);
    }
    Wide numerator(a.units());
    Wide denominator(b.units());
    if (exponent >= 0) {
        numerator *= wide_power_of_ten(exponent);
    } else {
        denominator *= wide_power_of_ten(-exponent);
    }
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Wide quotient = divide_rounded(numerator, denominator, mode);
    return Decimal(narrow(quotient, a.to_string() + " / " + b.to_string()), scale);
}

Decimal Decimal::rounded(int scale, Rounding mode) const {
    require_scale(scale, "Decimal::rounded");
    if (scale >= m_scale) {
        return Decimal(scale_up(units(), scale - m_scale, *this), scale);
    }
    const Units divisor = detail::powers_of_ten[static_cast<std::size_t>(m_scale - scale)];
    return Decimal(divide_rounded(units(), divisor, mode), scale);
}

Decimal Decimal::rescaled(int scale) const {
    require_scale(scale, "Decimal::rescaled");
    const Decimal result = rounded(scale, Rounding::truncate);
    if (scale < m_scale && result != *this) {
        throw OverflowError("cannot write " + to_string() + " with " + std::to_string(scale) +
                            " decimals without rounding");
    }
    return result;
}

std::int64_t Decimal::to_int64(Rounding mode) const {
    const Units integer = rounded(0, mode).units();
    if (integer > std::numeric_limits<std::int64_t>::max() || integer < std::numeric_limits<std::int64_t>::min()) {
        throw OverflowError("decimal overflow: " + to_string() + " does not fit a 64-bit integer");
    }
    return static_cast<std::int64_t>(integer);
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    const auto order = [](const auto& x, const auto& y) {
        return x < y ? std::strong_ordering::less : (x == y ? std::strong_ordering::equal : std::strong_ordering::greater);
    };
    if (a.scale() == b.scale()) {  // sign, then magnitude: no 128-bit value built
        if (a.m_negative != b.m_negative) return a.m_negative ? std::strong_ordering::less : std::strong_ordering::greater;
        const auto magnitude = a.m_high != b.m_high ? a.m_high <=> b.m_high : a.m_low <=> b.m_low;
        return a.m_negative ? 0 <=> magnitude : magnitude;
    }
    const int scale = std::max(a.scale(), b.scale());
    return order(Wide(a.units()) * wide_power_of_ten(scale - a.scale()),
                 Wide(b.units()) * wide_power_of_ten(scale - b.scale()));
}

}  // namespace gradus

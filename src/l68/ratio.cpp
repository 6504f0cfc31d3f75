#include "gradus/l68/ratio.hpp"

#include "gradus/core/errors.hpp"

#include <limits>
#include <numeric>

namespace gradus::l68 {
namespace {

[[noreturn]] void beyond_64_bits() {
    throw InputError(InputIssue{{}, {}, "", "overflow",
                                "the figures of this prospetto (head counts, hour shares, percentages) are beyond "
                                "exact 64-bit arithmetic"});
}

std::int64_t times(std::int64_t a, std::int64_t b) {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product)) beyond_64_bits();
    return product;
}

std::int64_t plus(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) beyond_64_bits();
    return sum;
}

}  // namespace

Ratio::Ratio(std::int64_t numerator, std::int64_t denominator) : m_numerator(numerator), m_denominator(denominator) {
    if (denominator == 0) throw InternalError("l68: a fraction with denominator 0");
    if (m_denominator < 0) {
        m_numerator = times(m_numerator, -1);
        m_denominator = times(m_denominator, -1);
    }
    if (m_numerator == std::numeric_limits<std::int64_t>::min()) beyond_64_bits();  // std::gcd needs |n|
    const std::int64_t common = std::gcd(m_numerator, m_denominator);
    m_numerator /= common;
    m_denominator /= common;
}

// a/b + c/d = (a (d/g) + c (b/g)) / (b/g) d, g = gcd(b, d), then reduced.
Ratio& Ratio::operator+=(const Ratio& other) {
    const std::int64_t g = std::gcd(m_denominator, other.m_denominator);
    const std::int64_t numerator =
        plus(times(m_numerator, other.m_denominator / g), times(other.m_numerator, m_denominator / g));
    *this = Ratio(numerator, times(m_denominator / g, other.m_denominator));
    return *this;
}

std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) {
    return times(a.m_numerator, b.m_denominator) <=> times(b.m_numerator, a.m_denominator);
}

std::int64_t over_half(const Ratio& value) {
    const std::int64_t whole = value.numerator() / value.denominator();  // toward zero
    const std::int64_t rest = value.numerator() % value.denominator();   // same sign as the numerator
    const std::int64_t magnitude = rest < 0 ? -rest : rest;
    if (magnitude <= value.denominator() - magnitude) return whole;       // at most one half
    return rest < 0 ? whole - 1 : whole + 1;
}

std::int64_t percent_over_half(std::int64_t percent, std::int64_t base) {
    return over_half(Ratio(times(percent, base), 100));
}

Ratio hours_share(const PartTimeGroup& group) {
    if (group.contractual.minutes <= 0) {
        throw InputError(InputIssue{{}, {}, "orariosettimanalecontrattuale", "orario", "contractual weekly time is 00:00"});
    }
    return Ratio(times(group.count, group.part_time.minutes), group.contractual.minutes);
}

}  // namespace gradus::l68

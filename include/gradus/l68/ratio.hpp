#pragma once

#include "gradus/l68/prospetto.hpp"

#include <compare>
#include <cstdint>

namespace gradus::l68 {

// An exact fraction, always reduced with a positive denominator: shares of working time are
// summed exactly and rounded once. Working times are whole minutes below 100 hours, so real sums
// stay small; a sum, product or comparison beyond 64 bits throws InputError (rule "overflow"),
// and the prospetto it belongs to joins the scarti.
class Ratio {
public:
    Ratio(std::int64_t whole = 0) : m_numerator(whole) {}  // implicit: 3 is 3/1
    Ratio(std::int64_t numerator, std::int64_t denominator);  // throws InternalError when denominator == 0

    std::int64_t numerator() const { return m_numerator; }
    std::int64_t denominator() const { return m_denominator; }

    Ratio& operator+=(const Ratio& other);
    friend Ratio operator+(Ratio a, const Ratio& b) { return a += b; }
    friend bool operator==(const Ratio&, const Ratio&) = default;
    friend std::strong_ordering operator<=>(const Ratio& a, const Ratio& b);

private:
    std::int64_t m_numerator;
    std::int64_t m_denominator = 1;
};

// L. 68/1999 art. 4 c. 2: "le frazioni percentuali superiori allo 0,50 sono considerate unità";
// 10.50 -> 10, 10.51 -> 11 (a negative value rounds its magnitude the same way).
std::int64_t over_half(const Ratio& value);

// percent % of `base`, rounded by over_half (art. 3 c. 1 and art. 18 c. 2 quotas, art. 4 c. 2).
std::int64_t percent_over_half(std::int64_t percent, std::int64_t base);

// count x part-time minutes / contractual minutes (circ. Min. Lavoro 41/2000: pro-rata by hours).
// Throws InputError when the contractual time is zero.
Ratio hours_share(const PartTimeGroup& group);

}  // namespace gradus::l68

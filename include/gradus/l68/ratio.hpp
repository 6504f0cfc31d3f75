#pragma once

#include "gradus/l68/prospetto.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>

namespace gradus::l68 {

// An exact fraction: shares of working time are summed exactly and rounded once.
using Ratio = boost::multiprecision::cpp_rational;

// L. 68/1999 art. 4 c. 2: "le frazioni percentuali superiori allo 0,50 sono considerate unità";
// 10.50 -> 10, 10.51 -> 11. Throws OverflowError beyond int64.
std::int64_t over_half(const Ratio& value);

// percent % of `base`, rounded by over_half (art. 3 c. 1 and art. 18 c. 2 quotas, art. 4 c. 2).
std::int64_t percent_over_half(std::int64_t percent, std::int64_t base);

// count x part-time minutes / contractual minutes (circ. Min. Lavoro 41/2000: pro-rata by hours).
// Throws InputError when the contractual time is zero.
Ratio hours_share(const PartTimeGroup& group);

}  // namespace gradus::l68

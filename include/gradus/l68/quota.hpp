#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace gradus::l68 {

// The employer's band on the national art. 3 base (L. 68/1999 art. 3 c. 1; UNIPI categoriaazienda).
enum class Category { none, A, B, C };

std::string_view to_string(Category c);  // "", "A", "B", "C"
Category category_of(std::int64_t national_base_art3);

// Disabled workers due on the national base: C 1, B 2, A over_half(7 %) (art. 3 c. 1, art. 4 c. 2).
std::int64_t national_disabled_quota(Category category, std::int64_t national_base_art3);
// One province's share: A over_half(7 %) of its own base; B and C units only to the province of
// the sede legale (art. 5 c. 8 as replaced by D.L. 138/2011 art. 9).
std::int64_t provincial_disabled_quota(Category category, std::int64_t provincial_base_art3, bool sede_legale);

// Protected-category workers due (art. 18 c. 2): 51-150 -> 1, over 150 -> over_half(1 %).
std::int64_t national_protected_quota(std::int64_t national_base_art18);
// Over 150 nationally each province gets over_half(1 %) of its own base; 51-150 the single unit
// goes to the sede legale's province.
std::int64_t provincial_protected_quota(std::int64_t national_base_art18, std::int64_t provincial_base_art18,
                                        bool sede_legale);

}  // namespace gradus::l68

#include "gradus/l68/quota.hpp"

#include "gradus/l68/ratio.hpp"

namespace gradus::l68 {

std::string_view to_string(Category c) {
    switch (c) {
        case Category::A: return "A";
        case Category::B: return "B";
        case Category::C: return "C";
        case Category::none: break;
    }
    return "";
}

Category category_of(std::int64_t base) {
    // L. 68/1999 art. 3 c. 1 lett. a-c.
    if (base > 50) return Category::A;
    if (base >= 36) return Category::B;
    if (base >= 15) return Category::C;
    return Category::none;
}

std::int64_t national_disabled_quota(Category category, std::int64_t base) {
    switch (category) {
        case Category::A: return percent_over_half(7, base);  // art. 3 c. 1 lett. a
        case Category::B: return 2;                           // art. 3 c. 1 lett. b
        case Category::C: return 1;                           // art. 3 c. 1 lett. c
        case Category::none: break;
    }
    return 0;
}

std::int64_t provincial_disabled_quota(Category category, std::int64_t base, bool sede_legale) {
    if (category == Category::A) return percent_over_half(7, base);
    return sede_legale ? national_disabled_quota(category, base) : 0;
}

std::int64_t national_protected_quota(std::int64_t base) {
    // L. 68/1999 art. 18 c. 2.
    if (base > 150) return percent_over_half(1, base);
    return base >= 51 ? 1 : 0;
}

std::int64_t provincial_protected_quota(std::int64_t national_base, std::int64_t provincial_base, bool sede_legale) {
    if (national_base > 150) return percent_over_half(1, provincial_base);
    return national_base >= 51 && sede_legale ? 1 : 0;
}

}  // namespace gradus::l68

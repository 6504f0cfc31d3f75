#pragma once

#include "gradus/l68/prospetto.hpp"
#include "gradus/l68/reference_data.hpp"

#include <cstdint>

namespace gradus::l68 {

// The terms of one base di computo, each subtracted from `employees`.
struct BaseTerms {
    std::int64_t employees = 0;
    std::int64_t disabled_in_service = 0;    // head count: disabled, centralinisti, massofisioterapisti
    std::int64_t excluded = 0;               // categorie escluse of this base's scope
    std::int64_t protected_deducted = 0;     // art. 18 workers, up to over_half(1 % of employees)
    std::int64_t part_time_reduction = 0;    // head count - over_half(sum of hour shares)
    std::int64_t intermittent_reduction = 0;
    std::int64_t telework_reduction = 0;
    std::int64_t suspended = 0;              // art. 3 base only
    std::int64_t base = 0;                   // never below 0
};

struct Bases {
    BaseTerms art3;
    BaseTerms art18;
};

// Both bases of one province, or of the national totals (L. 68/1999 art. 4 c. 1, DPR 333/2000
// art. 3; art. 5 c. 2 exclusions reduce the art. 3 base only; art. 3 c. 5 suspensions too).
// `suspended`: workers of approved suspensions in force. Throws InputError when a category code
// is not in `categories`.
Bases compute_bases(const ProvincialDetail& detail, const ExcludedCategories& categories, std::int64_t suspended);

// Part-time reduction: head count minus over_half of the summed hour shares, rounded once on the
// total, never per worker (DPR 333/2000 art. 3; circ. Min. Lavoro 41/2000).
std::int64_t part_time_reduction(const std::vector<PartTimeGroup>& groups);

}  // namespace gradus::l68

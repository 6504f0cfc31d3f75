#pragma once

#include "gradus/l68/base.hpp"
#include "gradus/l68/prospetto.hpp"
#include "gradus/l68/quota.hpp"
#include "gradus/l68/reference_data.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gradus::l68 {

// The recomputed quadro 3 figures of one province, or of the nation (provincia "NAZ").
struct Figures {
    std::string provincia;
    Bases bases;
    std::int64_t quota_disabled = 0;
    std::int64_t quota_protected = 0;
    std::int64_t exempted = 0;
    std::int64_t disabled = 0;            // coverage, rounded once
    std::int64_t protected_category = 0;  // art. 18 workers in service
    std::int64_t compensation_disabled = 0;   // eccedenze minus riduzioni, disabled
    std::int64_t compensation_protected = 0;  // the same for art. 18
    std::int64_t art18_offset = 0;        // art. 18 surplus set against the disabled shortfall
    std::int64_t shortfall_disabled = 0;
    std::int64_t shortfall_protected = 0;
    bool suspension = false;
};

inline constexpr std::string_view national_code = "NAZ";

struct Obligation {
    Category category = Category::none;
    std::optional<std::string> sede_provincia;  // ISTAT code of the sede legale's province
    std::vector<Figures> provinces;             // in the order of quadro 2
    Figures national;                           // computed on national totals
};

// Recomputes a prospetto's obligations at its reference date (see docs/obblighi.md):
// bases per province and nationally, the band on the national art. 3 base, quotas, coverage,
// exemptions, suspensions, compensations (art. 5 c. 8) and the art. 18 surplus offset.
// Throws InputError when a figure cannot be computed (an unknown excluded category, 00:00 hours).
Obligation compute_obligation(const Prospetto& p, const ExcludedCategories& categories,
                              const std::optional<std::string>& sede_provincia);

}  // namespace gradus::l68

#include "gradus/l68/base.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/l68/ratio.hpp"

#include <algorithm>

namespace gradus::l68 {
namespace {

std::int64_t head_count(const std::vector<PartTimeGroup>& groups) {
    std::int64_t n = 0;
    for (const auto& g : groups) n += g.count;
    return n;
}

Ratio summed_shares(const std::vector<PartTimeGroup>& groups) {
    Ratio sum = 0;
    for (const auto& g : groups) sum += hours_share(g);
    return sum;
}

struct Excluded {
    std::int64_t art3 = 0;
    std::int64_t art18 = 0;
};

Excluded excluded_counts(const std::vector<ExcludedCount>& rows, const ExcludedCategories& categories) {
    Excluded e;
    for (const auto& row : rows) {
        const auto scope = categories.scope_of(row.code);
        if (!scope) {
            throw InputError(InputIssue{{}, {}, "categorieescluse/categoria", "categoria_esclusa",
                                        "category " + row.code + " is not in the excluded-category table"});
        }
        if (*scope != ExclusionScope::art18_only) e.art3 += row.count;
        if (*scope != ExclusionScope::art3_only) e.art18 += row.count;
    }
    return e;
}

BaseTerms finish(BaseTerms t) {
    t.base = std::max<std::int64_t>(0, t.employees - t.disabled_in_service - t.excluded - t.protected_deducted -
                                           t.part_time_reduction - t.intermittent_reduction - t.telework_reduction -
                                           t.suspended);
    return t;
}

}  // namespace

std::int64_t part_time_reduction(const std::vector<PartTimeGroup>& groups) {
    return head_count(groups) - over_half(summed_shares(groups));
}

Bases compute_bases(const ProvincialDetail& d, const ExcludedCategories& categories, std::int64_t suspended) {
    BaseTerms common;
    common.employees = d.employees;
    common.disabled_in_service =
        d.disabled.head_count() + d.switchboard_blind.head_count() + d.physiotherapist_blind.head_count();
    // Art. 18 workers leave the base only within their own 1 % quota (L. 68/1999 art. 4 c. 1).
    common.protected_deducted = std::min(d.protected_category, percent_over_half(1, d.employees));
    common.part_time_reduction = part_time_reduction(d.part_time);
    // Intermittent workers count by hours worked (D.Lgs. 81/2015 art. 18).
    common.intermittent_reduction = part_time_reduction(d.intermittent);
    // Teleworkers are excluded, part-timers by their hour shares (L. 68/1999 art. 4 c. 1; PRODIS).
    common.telework_reduction = d.telework.full_time + over_half(summed_shares(d.telework.part_time));

    const Excluded excluded = excluded_counts(d.excluded, categories);
    BaseTerms art3 = common;
    art3.excluded = excluded.art3;
    art3.suspended = suspended;
    BaseTerms art18 = common;
    art18.excluded = excluded.art18;
    return Bases{finish(art3), finish(art18)};
}

}  // namespace gradus::l68

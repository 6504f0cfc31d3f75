#include "gradus/criteria/catalogue.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <optional>

namespace gradus::criteria {

namespace {

std::string describe(const LoadedCriteria& c) {
    return c.file_name + " (" + c.criteria.id + ", " + c.criteria.valid_from.to_iso() + " to " +
           (c.criteria.valid_to ? c.criteria.valid_to->to_iso() : std::string("open")) + ")";
}

// The first day both versions are in force, if any.
std::optional<Date> first_common_day(const Criteria& a, const Criteria& b) {
    const Date start = std::max(a.valid_from, b.valid_from);
    if ((a.valid_to && *a.valid_to < start) || (b.valid_to && *b.valid_to < start)) {
        return std::nullopt;
    }
    return start;
}

bool same_scope(const Criteria& a, const Criteria& b) {
    return a.region_code == b.region_code && a.procedure == b.procedure;
}

}  // namespace

const LoadedCriteria& select_criteria(const std::vector<LoadedCriteria>& all, std::string_view region_code,
                                      std::string_view procedure, const Date& on) {
    const LoadedCriteria* found = nullptr;
    for (const LoadedCriteria& c : all) {
        if (c.criteria.region_code != region_code || c.criteria.procedure != procedure || !c.criteria.in_force_on(on)) {
            continue;
        }
        if (found != nullptr) {
            throw ConfigError("two criteria versions for region " + std::string(region_code) + " and procedure " +
                              std::string(procedure) + " are in force on " + on.to_iso() + ": " + describe(*found) +
                              " and " + describe(c));
        }
        found = &c;
    }
    if (found == nullptr) {
        throw ConfigError("no criteria for region " + std::string(region_code) + " and procedure " +
                          std::string(procedure) + " in force on " + on.to_iso());
    }
    return *found;
}

const LoadedCriteria& select_criteria_by_id(const std::vector<LoadedCriteria>& all, std::string_view id) {
    const auto it = std::find_if(all.begin(), all.end(), [id](const LoadedCriteria& c) { return c.criteria.id == id; });
    if (it == all.end()) {
        throw ConfigError("no criteria with id '" + std::string(id) + "'");
    }
    return *it;
}

void check_catalogue(const std::vector<LoadedCriteria>& all) {
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            const Criteria& a = all[i].criteria;
            const Criteria& b = all[j].criteria;
            if (a.id == b.id) {
                throw ConfigError("criteria id '" + a.id + "' is used by both " + all[i].file_name + " and " +
                                  all[j].file_name);
            }
            if (!same_scope(a, b)) {
                continue;
            }
            if (const auto day = first_common_day(a, b)) {
                throw ConfigError("criteria versions for region " + a.region_code + " and procedure " + a.procedure +
                                  " overlap from " + day->to_iso() + ": " + describe(all[i]) + " and " +
                                  describe(all[j]));
            }
        }
    }
}

}  // namespace gradus::criteria

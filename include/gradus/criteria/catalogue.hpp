#pragma once

#include "gradus/core/date.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::criteria {

// A criteria version as read from its file: a run records the file name and the hash, and keeps
// the bytes so that a replay reads exactly the same rules.
struct LoadedCriteria {
    Criteria criteria;
    std::string file_name;  // e.g. "lombardia-art16-2023.xml"
    std::string sha256;     // of `bytes`, 64 lower-case hex digits
    std::string bytes;      // the file as read
};

// The version of `region_code` for `procedure` in force on `on`. Throws ConfigError naming the
// region, the procedure and the date when none is in force, or naming the files when more than
// one is.
const LoadedCriteria& select_criteria(const std::vector<LoadedCriteria>& all, std::string_view region_code,
                                      std::string_view procedure, const Date& on);

// The version with this id; throws ConfigError naming the id when there is none.
const LoadedCriteria& select_criteria_by_id(const std::vector<LoadedCriteria>& all, std::string_view id);

// Refuses a catalogue where two versions share an id, or where two versions of the same region
// and procedure are in force on a common day (ConfigError naming both files and the first such
// day).
void check_catalogue(const std::vector<LoadedCriteria>& all);

}  // namespace gradus::criteria

#include "gradus/app/report_choice.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>

namespace gradus::app {

void check_report_choice(const std::vector<std::string>& chosen, const std::vector<std::string>& known) {
    for (const auto& r : chosen) {
        if (std::find(known.begin(), known.end(), r) == known.end()) {
            std::string names;
            for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
            throw ConfigError("there is no report '" + r + "': choose among " + names);
        }
    }
}

bool report_chosen(const std::vector<std::string>& chosen, std::string_view name) {
    return chosen.empty() || std::find(chosen.begin(), chosen.end(), name) != chosen.end();
}

}  // namespace gradus::app

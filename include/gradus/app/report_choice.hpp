#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::app {

// Which of a batch's reports a run writes (--reports): `chosen` names some of `known`; empty
// chooses them all.

// Throws ConfigError naming the first of `chosen` that is not in `known`, and listing `known`.
void check_report_choice(const std::vector<std::string>& chosen, const std::vector<std::string>& known);

bool report_chosen(const std::vector<std::string>& chosen, std::string_view name);

}  // namespace gradus::app

#pragma once

#include "gradus/lsu/verification.hpp"

namespace gradus::lsu::detail {

// Checks the project's length and each proroga against the caps of its tipologia and returns
// the effective end: the last day after the proroghe admitted in a row from the first.
Date check_duration(const Project& project, const RuleSet& rules, DurationCheck& duration,
                    std::vector<ProrogaCheck>& proroghe);

}  // namespace gradus::lsu::detail

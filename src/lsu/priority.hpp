#pragma once

#include "gradus/lsu/verification.hpp"

namespace gradus::lsu::detail {

// The entries of the list for the public body: eligible people in the regime's priority order.
std::vector<ListEntry> priority_list(const RuleSet& rules, const std::vector<CandidateResult>& results,
                                     const std::vector<Candidate>& candidates);

}  // namespace gradus::lsu::detail

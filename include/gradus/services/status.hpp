#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/services/parameters.hpp"

#include <optional>
#include <string>

namespace gradus::services {

// What work does to the stato di disoccupazione.
enum class StatusEffect { kept, suspended, lost };
std::string_view to_string(StatusEffect e);  // "conservato", "sospeso", "perso"

struct StatusDecision {
    StatusEffect effect = StatusEffect::kept;
    std::string reason;  // Italian, for staff: which rule and which numbers
};

// Yearly income from work: employee income prospective (from the CO, net of the worker's
// contributions), self-employed income as declared. Absent: no such work.
struct WorkIncome {
    std::optional<Decimal> employee;
    std::optional<Decimal> self_employed;
};

// DL 4/2019 art. 4 c. 15-quater, ANPAL circ. 1/2019: the stato is kept while each income stays
// within its own threshold in force on `on` (thresholds included). Throws ConfigError when a
// threshold needed is unknown on that day.
StatusDecision status_for_income(const RuleParameters& parameters, const WorkIncome& income, const Date& on);

// A subordinate contract from `start` to `end` (both included; no end: open-ended). One of up to
// 6 months suspends the stato whatever the income [S]; a longer one keeps it only while the
// income stays within the threshold (status_for_income on the start day).
StatusDecision status_after_contract(const RuleParameters& parameters, const Date& start,
                                     const std::optional<Date>& end, const Decimal& yearly_income);

}  // namespace gradus::services

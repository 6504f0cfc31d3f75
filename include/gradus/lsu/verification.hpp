#pragma once

#include "gradus/lsu/project.hpp"
#include "gradus/lsu/records.hpp"
#include "gradus/lsu/rules.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::lsu {

enum class Requirement {
    identity,      // a well-formed codice fiscale
    consistency,   // the records do not contradict each other
    status,        // income support (or the art. 26 c. 5 condition) in force at the start
    residence,
    qualifica,
    residual,      // project shorter than the residual benefit
    hours,
};
std::string_view to_string(Requirement r);  // "identita", "coerenza", "stato", "residenza", ...

enum class CheckResult { met, failed, unknown };
std::string_view to_string(CheckResult r);  // "soddisfatto", "non_soddisfatto", "non_determinabile"

// One requirement checked for one person: the outcome, why (Italian), the records and dates it
// rests on, the article and how well the rule is established.
struct Check {
    Requirement requirement = Requirement::status;
    CheckResult result = CheckResult::unknown;
    std::string article;
    Verification status = Verification::verified;
    std::string reason;
    std::vector<std::string> evidence;  // e.g. "BDP P-17 cigs 2025-01-01..2026-06-30"
};

enum class Outcome { eligible, not_eligible, undetermined };
std::string_view to_string(Outcome o);  // "idoneo", "non_idoneo", "da_verificare"

struct CandidateResult {
    std::size_t candidate = 0;  // index into Records::candidates
    Outcome outcome = Outcome::undetermined;
    std::vector<Check> checks;
    std::string basis;                      // the article that admits the person ("" when none)
    bool resident_in_comune = false;
    std::optional<Date> benefit_end;        // end of the income support relied on
    std::optional<long> residual_days;      // from the start to benefit_end, both included
};

enum class ProrogaResult { accepted, refused, unknown };
std::string_view to_string(ProrogaResult r);  // "ammessa", "non_ammessa", "non_determinabile"

struct ProrogaCheck {
    int number = 0;
    Date new_end;
    ProrogaResult result = ProrogaResult::unknown;
    std::string article;
    std::string reason;
};

struct DurationCheck {
    CheckResult result = CheckResult::unknown;
    std::string article;
    std::string reason;
};

// A place in the list for the public body and the key that set it apart from the one before.
struct ListEntry {
    std::size_t result = 0;  // index into ProjectVerification::results
    int position = 0;        // 1-based
    std::string decided_by;  // "residenti_prima", "residuo_piu_lungo", "codice_fiscale" or "" for the first
};

struct ProjectVerification {
    DurationCheck duration;
    std::vector<ProrogaCheck> proroghe;
    Date effective_end;  // the project's end after the admitted proroghe
    std::vector<CandidateResult> results;  // one per candidate, in input order
    std::vector<ListEntry> list;           // eligible people, in priority order
};

// Checks every candidate of `project` against `rules` with the office's records: the rules read
// the situation at the project start; the residual benefit is measured to the effective end.
ProjectVerification verify_project(const Project& project, const RuleSet& rules, const CompatibilityTable& table,
                                   const Records& records);

}  // namespace gradus::lsu

#pragma once

#include "gradus/lsu/verification.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::lsu::detail {

// What one check reads: the project, its rules and the one person's records.
struct PersonContext {
    const Project& project;
    const RuleSet& rules;
    const CompatibilityTable& table;
    Date start;
    Date end;  // the effective end, after the admitted proroghe
    const Candidate& candidate;
    std::vector<const BenefitRecord*> benefits;
    std::vector<const EmploymentRecord*> employments;
};

// The status found at the start, and what the later checks need from it.
struct StatusFinding {
    Check check;
    std::string basis;
    std::optional<Date> benefit_end;
    std::optional<Decimal> monthly_amount;
    bool over60 = false;
};

Check check_identity(const PersonContext& c);
Check check_consistency(const PersonContext& c);
// `consistent`: the consistency check found no contradiction; otherwise the status stays unknown.
StatusFinding check_status(const PersonContext& c, bool consistent);
// Art. 26 c. 5 D.Lgs. 150/2015, tried when no income support admits the person.
void apply_over60(const PersonContext& c, StatusFinding& finding);
std::optional<Check> check_residence(const PersonContext& c, bool& resident_in_comune);
std::optional<Check> check_qualifica(const PersonContext& c);
std::optional<Check> check_residual(const PersonContext& c, const StatusFinding& status);
std::optional<Check> check_hours(const PersonContext& c, const StatusFinding& status);

// Text helpers for evidence.
std::string describe(const BenefitRecord& b);
std::string describe(const EmploymentRecord& e);
std::string describe(const EmploymentRecord& e, const CigsPeriod& p);
std::string hours_text(const Decimal& d);

// A rule's article and verification status copied into a check.
template <class T>
Check make_check(Requirement requirement, const Rule<T>& rule) {
    Check check;
    check.requirement = requirement;
    check.article = rule.article;
    check.status = rule.parameter.status;
    return check;
}

}  // namespace gradus::lsu::detail

#include "gradus/lsu/verification.hpp"

#include "checks.hpp"
#include "duration.hpp"
#include "priority.hpp"

#include <map>

namespace gradus::lsu {

namespace {

using detail::PersonContext;

Outcome outcome_of(const std::vector<Check>& checks) {
    Outcome o = Outcome::eligible;
    for (const Check& c : checks) {
        if (c.result == CheckResult::failed) return Outcome::not_eligible;
        if (c.result == CheckResult::unknown) o = Outcome::undetermined;
    }
    return o;
}

CandidateResult verify_person(const PersonContext& c, std::size_t index) {
    CandidateResult r;
    r.candidate = index;
    r.checks.push_back(detail::check_identity(c));
    const Check consistency = detail::check_consistency(c);
    r.checks.push_back(consistency);
    const detail::StatusFinding status = detail::check_status(c, consistency.result == CheckResult::met);
    r.checks.push_back(status.check);
    r.basis = status.check.result == CheckResult::met ? status.basis : "";
    if (status.check.result == CheckResult::met && !status.over60) {
        r.benefit_end = status.benefit_end;
        if (status.benefit_end) r.residual_days = c.start.days_until(*status.benefit_end) + 1;
    }
    for (auto check : {detail::check_residence(c, r.resident_in_comune), detail::check_qualifica(c),
                       detail::check_residual(c, status), detail::check_hours(c, status)}) {
        if (check) r.checks.push_back(std::move(*check));
    }
    r.outcome = outcome_of(r.checks);
    return r;
}

}  // namespace

ProjectVerification verify_project(const Project& project, const RuleSet& rules, const CompatibilityTable& table,
                                   const Records& records) {
    ProjectVerification v;
    v.effective_end = detail::check_duration(project, rules, v.duration, v.proroghe);

    std::multimap<std::string, const BenefitRecord*> benefits;
    for (const auto& b : records.benefits) benefits.emplace(b.codice_fiscale, &b);
    std::multimap<std::string, const EmploymentRecord*> employments;
    for (const auto& e : records.employments) employments.emplace(e.codice_fiscale, &e);

    for (std::size_t i = 0; i < records.candidates.size(); ++i) {
        const Candidate& person = records.candidates[i];
        PersonContext c{project, rules, table, project.start, v.effective_end, person, {}, {}};
        for (auto [it, end] = benefits.equal_range(person.codice_fiscale); it != end; ++it) c.benefits.push_back(it->second);
        for (auto [it, end] = employments.equal_range(person.codice_fiscale); it != end; ++it) {
            c.employments.push_back(it->second);
        }
        v.results.push_back(verify_person(c, i));
    }
    v.list = detail::priority_list(rules, v.results, records.candidates);
    return v;
}

}  // namespace gradus::lsu

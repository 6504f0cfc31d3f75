#include "checks.hpp"

#include <algorithm>

namespace gradus::lsu::detail {

namespace {

CheckResult combine(std::initializer_list<CheckResult> results) {
    if (std::find(results.begin(), results.end(), CheckResult::failed) != results.end()) return CheckResult::failed;
    if (std::find(results.begin(), results.end(), CheckResult::unknown) != results.end()) return CheckResult::unknown;
    return CheckResult::met;
}

}  // namespace

// D.Lgs. 150/2015 art. 26 c. 5: unemployed people over 60 who have no right yet to an old-age or
// early pension. The c. 1 evidence already in `finding` stays, followed by the c. 5 evidence.
void apply_over60(const PersonContext& c, StatusFinding& finding) {
    const Over60Rule& rule = *c.rules.over60;
    Check& check = finding.check;
    const std::string& article = rule.min_age.article;

    CheckResult age = CheckResult::unknown;
    if (!rule.min_age.known()) {
        check.evidence.push_back(article + ": età minima non nota [N]");
    } else if (c.start < c.candidate.birth) {
        age = CheckResult::failed;
        check.evidence.push_back(article + ": nascita " + c.candidate.birth.to_iso() + " dopo l'inizio del progetto");
    } else {
        const int years = age_on(c.candidate.birth, c.start);
        age = years >= rule.min_age.value() ? CheckResult::met : CheckResult::failed;
        check.evidence.push_back(article + ": età al " + c.start.to_iso() + " " + std::to_string(years) +
                                 " anni compiuti (minimo " + std::to_string(rule.min_age.value()) + ")");
    }

    const bool did = c.candidate.did && *c.candidate.did <= c.start;
    check.evidence.push_back(article + ": " + (did ? "DID del " + c.candidate.did->to_iso()
                                                   : std::string("nessuna DID resa entro l'inizio")));
    const auto job = std::find_if(c.employments.begin(), c.employments.end(),
                                  [&](const EmploymentRecord* e) { return e->in_force_on(c.start); });
    const bool unemployed = did && job == c.employments.end();
    if (job != c.employments.end()) check.evidence.push_back(article + ": occupato, " + describe(**job));

    CheckResult pension = CheckResult::unknown;
    if (c.candidate.pension_right) {
        pension = *c.candidate.pension_right ? CheckResult::failed : CheckResult::met;
        check.evidence.push_back(article + (*c.candidate.pension_right ? ": ha diritto a pensione"
                                                                       : ": senza diritto a pensione"));
    } else {
        check.evidence.push_back(article + ": diritto a pensione non indicato");
    }

    check.result = combine({age, unemployed ? CheckResult::met : CheckResult::failed, pension});
    if (check.result == CheckResult::met) {
        check.article = article;
        check.status = rule.min_age.parameter.status;
        check.reason = "ammesso come disoccupato con almeno " + std::to_string(rule.min_age.value()) +
                       " anni compiuti, senza diritto a pensione";
        finding.basis = article;
        finding.over60 = true;
    } else if (check.result == CheckResult::unknown) {
        check.reason += "; il caso over 60 non si può escludere né confermare";
    }
}

}  // namespace gradus::lsu::detail

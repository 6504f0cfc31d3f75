#include "checks.hpp"

namespace gradus::lsu::detail {

// Only requests shorter than the residual benefit period count (D.Lgs. 468/1997 art. 7 c. 1):
// the project, start to effective end, must be strictly shorter than the residual, start to the
// benefit's end, both counted with their first and last days.
std::optional<Check> check_residual(const PersonContext& c, const StatusFinding& status) {
    if (!c.rules.residual_longer_than_project) return std::nullopt;
    const auto& rule = *c.rules.residual_longer_than_project;
    Check check = make_check(Requirement::residual, rule);
    if (rule.known() && !rule.value()) return std::nullopt;
    const long project_days = c.start.days_until(c.end) + 1;
    if (!rule.known()) {
        check.result = CheckResult::unknown;
        check.reason = "la regola sul residuo non è nota [N]";
    } else if (status.check.result != CheckResult::met || status.over60) {
        check.result = status.over60 ? CheckResult::failed : CheckResult::unknown;
        check.reason = status.over60 ? "nessun sostegno al reddito di cui misurare il residuo"
                                     : "senza uno stato ammesso il residuo non si misura";
    } else if (!status.benefit_end) {
        check.result = CheckResult::unknown;
        check.reason = "la data di cessazione del sostegno non è nota";
    } else {
        const long residual_days = c.start.days_until(*status.benefit_end) + 1;
        check.evidence.push_back("cessazione " + status.benefit_end->to_iso() + ": residuo " +
                                 std::to_string(residual_days) + " giorni");
        check.evidence.push_back("progetto " + c.start.to_iso() + ".." + c.end.to_iso() + ": " +
                                 std::to_string(project_days) + " giorni");
        check.result = residual_days > project_days ? CheckResult::met : CheckResult::failed;
        check.reason = check.result == CheckResult::met ? "progetto più breve del residuo"
                                                        : "progetto non più breve del residuo";
    }
    return check;
}

}  // namespace gradus::lsu::detail

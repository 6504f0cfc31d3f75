#include "checks.hpp"

namespace gradus::lsu::detail {

namespace {

void worst(CheckResult& acc, CheckResult r) {
    if (r == CheckResult::failed || (r == CheckResult::unknown && acc == CheckResult::met)) acc = r;
}

// Project hours against a fixed limit; an unknown limit leaves the result unknown.
CheckResult against(const Rule<Decimal>& limit, const Decimal& hours, const std::string& what, Check& check) {
    if (!limit.known()) {
        check.evidence.push_back(limit.article + ": limite " + what + " non noto [N]");
        return CheckResult::unknown;
    }
    check.evidence.push_back(limit.article + ": " + what + " " + hours_text(hours) + " h, limite " +
                             hours_text(limit.value()) + " h");
    return hours <= limit.value() ? CheckResult::met : CheckResult::failed;
}

// Weekly hours up to benefit / initial net pay of comparable PA staff (D.Lgs. 150/2015 art. 26
// c. 4; D.Lgs. 468/1997 art. 8 c. 2, there never below the minimum). Compared exactly:
// hours x pay <= benefit x contractual hours, so no rounding decides the boundary.
CheckResult proportional(const PersonContext& c, const HoursRule& rule, const StatusFinding& status, Check& check) {
    const Project& p = c.project;
    if (rule.min_weekly && rule.min_weekly->known() && p.weekly_hours <= rule.min_weekly->value()) {
        check.evidence.push_back(rule.min_weekly->article + ": " + hours_text(p.weekly_hours) +
                                 " h settimanali, entro il minimo garantito di " +
                                 hours_text(rule.min_weekly->value()) + " h");
        return CheckResult::met;
    }
    if (status.check.result != CheckResult::met) {
        check.evidence.push_back("senza uno stato ammesso il limite proporzionale non si calcola");
        return CheckResult::unknown;
    }
    if (!status.monthly_amount || !p.comparable_net_pay || !p.comparable_weekly_hours) {
        check.evidence.push_back(rule.proportional->article +
                                 ": mancano l'importo del sostegno o la retribuzione di riferimento");
        return CheckResult::unknown;
    }
    const Decimal& benefit = *status.monthly_amount;
    const Decimal& pay = *p.comparable_net_pay;
    if (pay.signum() <= 0) {
        check.evidence.push_back(rule.proportional->article + ": retribuzione di riferimento non positiva");
        return CheckResult::unknown;
    }
    const Decimal limit = Decimal::divide(benefit * *p.comparable_weekly_hours, pay, 2, Rounding::truncate);
    check.evidence.push_back(rule.proportional->article + ": limite " + hours_text(limit) + " h settimanali (" +
                             benefit.to_italian() + " / " + pay.to_italian() + " x " +
                             hours_text(*p.comparable_weekly_hours) + " h), progetto " +
                             hours_text(p.weekly_hours) + " h");
    return p.weekly_hours * pay <= benefit * *p.comparable_weekly_hours ? CheckResult::met : CheckResult::failed;
}

}  // namespace

// The project's hours within the regime's limits (D.Lgs. 468/1997 art. 8 c. 2-3; D.Lgs. 81/2000
// art. 4 c. 1: 20 h a week, 8 a day); the over-60 case of art. 26 c. 5 has its own.
std::optional<Check> check_hours(const PersonContext& c, const StatusFinding& status) {
    const HoursRule& rule = c.rules.hours;
    Check check;
    check.requirement = Requirement::hours;
    CheckResult result = CheckResult::met;
    if (status.over60) {
        const Rule<Decimal>& limit = c.rules.over60->max_weekly_hours;
        check.article = limit.article;
        check.status = limit.parameter.status;
        worst(result, against(limit, c.project.weekly_hours, "orario settimanale", check));
    } else if (rule.proportional && (!rule.proportional->known() || rule.proportional->value())) {
        check.article = rule.proportional->article;
        check.status = rule.proportional->parameter.status;
        if (!rule.proportional->known()) {
            check.evidence.push_back(rule.proportional->article + ": regola della proporzione non nota [N]");
            worst(result, CheckResult::unknown);
        } else {
            worst(result, proportional(c, rule, status, check));
        }
    } else if (rule.max_weekly) {
        check.article = rule.max_weekly->article;
        check.status = rule.max_weekly->parameter.status;
        worst(result, against(*rule.max_weekly, c.project.weekly_hours, "orario settimanale", check));
    } else {
        return std::nullopt;
    }
    if (rule.max_daily) worst(result, against(*rule.max_daily, c.project.daily_hours, "orario giornaliero", check));
    check.result = result;
    check.reason = result == CheckResult::met      ? "orario entro i limiti"
                   : result == CheckResult::failed ? "orario oltre i limiti"
                                                   : "limiti di orario non determinabili";
    return check;
}

}  // namespace gradus::lsu::detail

#include "duration.hpp"

namespace gradus::lsu::detail {

namespace {

const DurationRule* rule_for(const RuleSet& rules, const std::string& tipologia) {
    const DurationRule* generic = nullptr;
    for (const DurationRule& d : rules.durations) {
        if (d.tipologia == tipologia && !tipologia.empty()) return &d;
        if (d.tipologia.empty()) generic = &d;
    }
    return generic;
}

// The last day of `months` calendar months starting on `first` (art. 2963 c.c.).
Date last_day_of(const Date& first, int months) { return first.plus_months(months).plus_days(-1); }

}  // namespace

// Caps per tipologia (D.Lgs. 468/1997 art. 1 c. 2; D.Lgs. 81/2000 art. 4 c. 2), as the rule file gives them.
Date check_duration(const Project& project, const RuleSet& rules, DurationCheck& duration,
                    std::vector<ProrogaCheck>& proroghe) {
    const DurationRule* rule = rule_for(rules, project.tipologia);
    if (rule == nullptr) {
        duration = {CheckResult::unknown, "", "il regime non ha regole di durata per la tipologia '" + project.tipologia + "'"};
    } else if (!rule->max_months.known()) {
        duration = {CheckResult::unknown, rule->max_months.article, "durata massima non nota [N]"};
    } else {
        const Date cap = last_day_of(project.start, rule->max_months.value());
        const bool ok = project.end <= cap;
        duration = {ok ? CheckResult::met : CheckResult::failed, rule->max_months.article,
                    "fine " + project.end.to_iso() + ", massimo " + cap.to_iso() + " (" +
                        std::to_string(rule->max_months.value()) + " mesi)"};
    }

    Date end = project.end;
    bool open = true;  // every proroga so far was admitted
    for (const Proroga& p : project.proroghe) {
        ProrogaCheck check{p.number, p.new_end, ProrogaResult::unknown, rule ? rule->max_proroghe.article : "", ""};
        if (!open) {
            check.reason = "segue una proroga non ammessa o non determinabile";
        } else if (rule == nullptr || !rule->max_proroghe.known() || !rule->months_per_proroga.known()) {
            check.reason = "limiti delle proroghe non noti [N]";
        } else if (p.number > rule->max_proroghe.value()) {
            check.result = ProrogaResult::refused;
            check.reason = "proroga n. " + std::to_string(p.number) + " oltre il massimo di " +
                           std::to_string(rule->max_proroghe.value());
        } else if (p.new_end <= end) {
            check.result = ProrogaResult::refused;
            check.reason = "la nuova fine " + p.new_end.to_iso() + " non segue la fine attuale " + end.to_iso();
        } else {
            const Date cap = last_day_of(end.plus_days(1), rule->months_per_proroga.value());
            check.result = p.new_end <= cap ? ProrogaResult::accepted : ProrogaResult::refused;
            check.reason = "nuova fine " + p.new_end.to_iso() + ", massimo " + cap.to_iso() + " (" +
                           std::to_string(rule->months_per_proroga.value()) + " mesi)";
        }
        open = check.result == ProrogaResult::accepted;
        if (open) end = p.new_end;
        proroghe.push_back(std::move(check));
    }
    return end;
}

}  // namespace gradus::lsu::detail

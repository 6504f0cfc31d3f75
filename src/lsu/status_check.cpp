#include "checks.hpp"

#include <algorithm>

namespace gradus::lsu::detail {

namespace {

struct Support {
    std::optional<Date> end;
    std::optional<Decimal> amount;
    std::string evidence;
};

// A rule switched on in the regime: absent means off; present without a value is unknown.
enum class Switch { off, on, unknown };
Switch switch_of(const std::optional<Rule<bool>>& rule) {
    if (!rule) return Switch::off;
    if (!rule->known()) return Switch::unknown;
    return rule->value() ? Switch::on : Switch::off;
}

bool admitted(const std::vector<BenefitKind>& kinds, BenefitKind k) {
    return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

// Whether the CO say the CIGS in force at `d` is at zero hours; nothing when no period covers it.
std::optional<bool> zero_hours_at(const PersonContext& c, const Date& d) {
    std::optional<bool> zero;
    for (const EmploymentRecord* e : c.employments) {
        for (const CigsPeriod& p : e->cigs) {
            if (p.covers(d)) zero = zero.value_or(false) || p.zero_hours;
        }
    }
    return zero;
}

class StatusSearch {
public:
    explicit StatusSearch(const PersonContext& c) : m_c(c), m_s(c.start) {}

    void run() {
        const StatusRule& rule = m_c.rules.status;
        const auto& kinds = rule.admitted.value();
        const Switch employment = switch_of(rule.within_employment);
        const Switch zero_only = switch_of(rule.cigs_zero_hours);
        const bool employed = std::any_of(m_c.employments.begin(), m_c.employments.end(),
                                          [&](const EmploymentRecord* e) { return e->in_force_on(m_s); });
        for (const BenefitRecord* b : m_c.benefits) {
            benefit(*b, admitted(kinds, b->kind), employment, zero_only, employed);
        }
        if (admitted(kinds, BenefitKind::cigs)) {
            for (const EmploymentRecord* e : m_c.employments) {
                for (const CigsPeriod& p : e->cigs) cigs_period(*e, p, zero_only);
            }
        }
    }

    std::vector<Support> supports;
    std::vector<std::string> doubts;
    std::vector<std::string> seen;

private:
    void benefit(const BenefitRecord& b, bool kind_admitted, Switch employment, Switch zero_only, bool employed) {
        if (!kind_admitted) {
            seen.push_back(describe(b) + ": tipo non ammesso nel regime");
            return;
        }
        if (!b.in_force_on(m_s)) {
            seen.push_back(describe(b) + ": non in corso al " + m_s.to_iso());
            return;
        }
        // Art. 26 c. 1: the integration is paid "in costanza di rapporto di lavoro".
        if (is_wage_integration(b.kind) && employment != Switch::off && !employed) {
            doubts.push_back(describe(b) + (employment == Switch::unknown
                                                ? ": la regola sul rapporto in corso non è nota"
                                                : ": nessuna CO conferma il rapporto di lavoro in corso"));
            return;
        }
        // D.Lgs. 468/1997 art. 4 c. 1 lett. d): only CIGS "sospesi a zero ore".
        if (b.kind == BenefitKind::cigs && zero_only != Switch::off) {
            const auto zero = zero_hours_at(m_c, m_s);
            if (zero_only == Switch::unknown || !zero) {
                doubts.push_back(describe(b) + ": non si sa se la sospensione è a zero ore");
                return;
            }
            if (!*zero) {
                seen.push_back(describe(b) + ": CIGS a orario ridotto, non a zero ore");
                return;
            }
        }
        supports.push_back({b.end, b.monthly_amount, describe(b)});
    }

    void cigs_period(const EmploymentRecord& e, const CigsPeriod& p, Switch zero_only) {
        if (!p.covers(m_s) || !e.in_force_on(m_s)) {
            seen.push_back(describe(e, p) + ": non in corso al " + m_s.to_iso());
            return;
        }
        if (zero_only == Switch::unknown) {
            doubts.push_back(describe(e, p) + ": la regola sulle zero ore non è nota");
            return;
        }
        if (zero_only == Switch::on && !p.zero_hours) {
            seen.push_back(describe(e, p) + ": non a zero ore");
            return;
        }
        supports.push_back({p.end, std::nullopt, describe(e, p)});
    }

    const PersonContext& m_c;
    Date m_s;
};

// The latest end among the supports; nothing when one of them has no end (the residual is unknown).
std::optional<Date> latest_end(const std::vector<Support>& supports) {
    std::optional<Date> latest;
    for (const Support& s : supports) {
        if (!s.end) return std::nullopt;
        if (!latest || *s.end > *latest) latest = s.end;
    }
    return latest;
}

}  // namespace

// The person's status at the project start, from the BDP and the CO (LEP L) "status-Cigs"; the
// kinds admitted are the regime's: D.Lgs. 150/2015 art. 26 c. 1, D.Lgs. 468/1997 art. 4 c. 1
// lett. c)-d) with art. 7, D.Lgs. 81/2000 art. 4).
StatusFinding check_status(const PersonContext& c, bool consistent) {
    const StatusRule& rule = c.rules.status;
    StatusFinding f;
    f.check = make_check(Requirement::status, rule.admitted);
    if (!consistent) {
        f.check.result = CheckResult::unknown;
        f.check.reason = "i dati si contraddicono (vedi coerenza): lo stato non si determina";
        return f;
    }
    if (!rule.admitted.known()) {
        f.check.result = CheckResult::unknown;
        f.check.reason = "i sostegni al reddito ammessi dal regime non sono noti [N]";
        return f;
    }
    StatusSearch search(c);
    search.run();
    if (!search.supports.empty()) {
        f.check.result = CheckResult::met;
        f.check.reason = "sostegno al reddito ammesso in corso al " + c.start.to_iso();
        f.basis = rule.admitted.article;
        f.benefit_end = latest_end(search.supports);
        for (const Support& s : search.supports) {
            f.check.evidence.push_back(s.evidence);
            if (!f.monthly_amount && s.amount) f.monthly_amount = s.amount;
        }
        return f;
    }
    if (!search.doubts.empty()) {
        f.check.result = CheckResult::unknown;
        f.check.reason = "un sostegno al reddito è in corso ma non si può confermare che sia ammesso";
        f.check.evidence = std::move(search.doubts);
        return f;
    }
    f.check.result = CheckResult::failed;
    f.check.reason = "nessun sostegno al reddito ammesso in corso al " + c.start.to_iso();
    f.check.evidence = search.seen.empty() ? std::vector<std::string>{"nessun sostegno al reddito nei record BDP e CO della persona"}
                                           : std::move(search.seen);
    if (c.rules.over60) apply_over60(c, f);
    return f;
}

}  // namespace gradus::lsu::detail

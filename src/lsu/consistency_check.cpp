#include "checks.hpp"

#include <algorithm>
#include <array>

namespace gradus::lsu::detail {

namespace {

// Omocodia letters stand for digits (DM 23/12/1976): L=0 ... V=9.
std::optional<int> cf_digit(char ch) {
    constexpr std::string_view omocodia = "LMNPQRSTUV";
    if (ch >= '0' && ch <= '9') return ch - '0';
    const auto at = omocodia.find(ch);
    return at == std::string_view::npos ? std::nullopt : std::optional<int>(static_cast<int>(at));
}

// Year (two digits), month and day of birth written in a codice fiscale (DM 23/12/1976).
struct CfBirth {
    int year2;
    unsigned month;
    unsigned day;
};
std::optional<CfBirth> cf_birth(const std::string& cf) {
    constexpr std::string_view months = "ABCDEHLMPRST";
    if (cf.size() != 16) return std::nullopt;
    const auto y1 = cf_digit(cf[6]), y2 = cf_digit(cf[7]), d1 = cf_digit(cf[9]), d2 = cf_digit(cf[10]);
    const auto m = months.find(cf[8]);
    if (!y1 || !y2 || !d1 || !d2 || m == std::string_view::npos) return std::nullopt;
    const int day = (*d1 * 10 + *d2) % 40;  // women: day + 40
    return CfBirth{*y1 * 10 + *y2, static_cast<unsigned>(m + 1), static_cast<unsigned>(day)};
}

void compare_birth(const PersonContext& c, Check& check) {
    const auto written = cf_birth(c.candidate.codice_fiscale);
    const Date& declared = c.candidate.birth;
    if (!written) return;
    if (written->year2 != declared.year() % 100 || written->month != declared.month() || written->day != declared.day()) {
        check.evidence.push_back("nascita dichiarata " + declared.to_iso() + ", codice fiscale " +
                                 c.candidate.codice_fiscale + " indica un'altra data");
    }
}

bool cigs_covers(const PersonContext& c, const Date& d) {
    return std::any_of(c.employments.begin(), c.employments.end(), [&](const EmploymentRecord* e) {
        return std::any_of(e->cigs.begin(), e->cigs.end(), [&](const CigsPeriod& p) { return p.covers(d); });
    });
}

bool has_cigs_periods(const PersonContext& c) {
    return std::any_of(c.employments.begin(), c.employments.end(),
                       [](const EmploymentRecord* e) { return !e->cigs.empty(); });
}

// BDP and CO disagree on whether CIGS is paid at the start, or on whether the employment that
// a wage integration presupposes still exists.
void compare_sources(const PersonContext& c, Check& check) {
    const Date& s = c.start;
    bool bdp_cigs_records = false;
    for (const BenefitRecord* b : c.benefits) {
        if (b->kind == BenefitKind::cigs) bdp_cigs_records = true;
        if (!b->in_force_on(s)) continue;
        if (b->kind == BenefitKind::cigs && has_cigs_periods(c) && !cigs_covers(c, s)) {
            check.evidence.push_back(describe(*b) + " in corso al " + s.to_iso() +
                                     ", ma nessun periodo CIGS delle CO copre quella data");
        }
        const bool employed = std::any_of(c.employments.begin(), c.employments.end(),
                                          [&](const EmploymentRecord* e) { return e->in_force_on(s); });
        if (is_wage_integration(b->kind) && !c.employments.empty() && !employed) {
            check.evidence.push_back(describe(*b) + " presuppone un rapporto in corso al " + s.to_iso() +
                                     ", ma nessun rapporto delle CO è in corso a quella data");
        }
    }
    const bool bdp_cigs_in_force = std::any_of(c.benefits.begin(), c.benefits.end(), [&](const BenefitRecord* b) {
        return b->kind == BenefitKind::cigs && b->in_force_on(s);
    });
    if (bdp_cigs_records && !bdp_cigs_in_force && cigs_covers(c, s)) {
        check.evidence.push_back("un periodo CIGS delle CO copre il " + s.to_iso() +
                                 ", ma nessuna prestazione CIGS della BDP è in corso a quella data");
    }
}

// Two records of the same kind in force at the start with different monthly amounts.
void compare_amounts(const PersonContext& c, Check& check) {
    for (std::size_t i = 0; i < c.benefits.size(); ++i) {
        for (std::size_t j = i + 1; j < c.benefits.size(); ++j) {
            const BenefitRecord& a = *c.benefits[i];
            const BenefitRecord& b = *c.benefits[j];
            if (a.kind == b.kind && a.in_force_on(c.start) && b.in_force_on(c.start) && a.monthly_amount &&
                b.monthly_amount && *a.monthly_amount != *b.monthly_amount) {
                check.evidence.push_back(describe(a) + " e " + describe(b) + " riportano importi diversi");
            }
        }
    }
}

}  // namespace

// Records that contradict each other are reported, never reconciled by a guess (LEP L), DM 4/2018
// All. B: the check rests on the CO and the BDP).
Check check_consistency(const PersonContext& c) {
    Check check;
    check.requirement = Requirement::consistency;
    check.article = "DM 4/2018 All. B, LEP L)";
    compare_birth(c, check);
    compare_sources(c, check);
    compare_amounts(c, check);
    if (check.evidence.empty()) {
        check.result = CheckResult::met;
        check.reason = "i dati anagrafici, la BDP e le CO non si contraddicono";
    } else {
        check.result = CheckResult::unknown;
        check.reason = "dati in contraddizione: l'ufficio deve chiarirli prima dell'esito";
    }
    return check;
}

}  // namespace gradus::lsu::detail

#include "gradus/criteria/validation.hpp"

#include <algorithm>
#include <set>

namespace gradus::criteria {

namespace {

constexpr int max_score_scale = 4;
constexpr int money_scale = 2;  // ISEE amounts are in euro and cents

std::string indexed(const std::string& name, std::size_t index) {
    return name + "[" + std::to_string(index) + "]";
}

bool exact_at(const Decimal& value, int scale) { return value.rounded(scale, Rounding::truncate) == value; }

class Validator {
public:
    explicit Validator(const Criteria& criteria) : m_c(criteria) {}

    std::vector<Problem> run() {
        identity();
        sources();
        validity();
        settings();
        score();
        isee();
        did_bonus();
        unemployment();
        age();
        dependants();
        groups();
        collocamento_mirato();
        tie_breaks();
        riesame();
        return std::move(m_problems);
    }

private:
    void problem(std::string parameter, std::string message) {
        m_problems.push_back({std::move(parameter), std::move(message)});
    }

    bool declared_source(const std::string& id) const { return m_source_ids.count(id) != 0; }

    void source_of(const std::string& name, const std::string& source) {
        if (source.empty()) {
            problem(name, "no source (fonte) given");
        } else if (!declared_source(source)) {
            problem(name, "source (fonte) '" + source + "' is not declared among the sources (fonti)");
        }
    }

    // Status, source and value agree. Returns whether the parameter has a value to check further.
    template <class T>
    bool required(const Parameter<T>& p, const std::string& name) {
        source_of(name, p.source);
        if (p.status == Verification::unknown && p.known()) {
            problem(name, "marked unknown (stato N) but a value is given");
        }
        if (p.status != Verification::unknown && !p.known()) {
            problem(name, "marked stato " + std::string(to_tag(p.status)) + " but no value is given");
        }
        return p.known();
    }

    // An optional parameter left out entirely (no value, no source) does not apply.
    template <class T>
    bool optional(const Parameter<T>& p, const std::string& name) {
        if (!declared(p)) {
            return false;
        }
        return required(p, name);
    }

    template <class T>
    static bool declared(const Parameter<T>& p) {
        return p.known() || !p.source.empty() || p.status != Verification::unknown;
    }

    void points(const Decimal& value, const std::string& name) {
        if (m_scale_ok && !exact_at(value, m_c.score_scale)) {
            problem(name, "value " + value.to_string() + " has more decimals than the score scale (" +
                              std::to_string(m_c.score_scale) + ")");
        }
    }

    void required_points(const Parameter<Decimal>& p, const std::string& name) {
        if (required(p, name)) {
            points(*p.value, name);
        }
    }

    void optional_points(const Parameter<Decimal>& p, const std::string& name) {
        if (optional(p, name)) {
            points(*p.value, name);
        }
    }

    void identity() {
        if (m_c.id.empty()) {
            problem("id", "no id");
        }
        if (m_c.procedure.empty()) {
            problem("procedure", "no procedure");
        } else if (m_c.procedure != procedure_art16 && m_c.procedure != procedure_collocamento_mirato) {
            problem("procedure", "unknown procedure '" + m_c.procedure + "' (art16 or collocamento_mirato)");
        }
        const bool two_digits = m_c.region_code.size() == 2 &&
                                std::all_of(m_c.region_code.begin(), m_c.region_code.end(),
                                            [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!two_digits) {
            problem("region_code", "region code '" + m_c.region_code + "' is not two digits (ISTAT)");
        }
    }

    void sources() {
        for (std::size_t i = 0; i < m_c.sources.size(); ++i) {
            const Source& s = m_c.sources[i];
            if (s.id.empty()) {
                problem(indexed("sources", i), "source without id");
            } else if (!m_source_ids.insert(s.id).second) {
                problem(indexed("sources", i), "source id '" + s.id + "' declared twice");
            }
        }
    }

    void validity() {
        if (m_c.valid_to && *m_c.valid_to < m_c.valid_from) {
            problem("valid_to", "validity ends on " + m_c.valid_to->to_iso() + ", before it starts on " +
                                    m_c.valid_from.to_iso());
        }
    }

    void settings() {
        for (const auto& [name, basis] : m_c.settings) {
            source_of(name, basis.source);
            if (basis.status == Verification::unknown && name != "tie_breaks") {
                problem(name, "a setting always has a value: mark an inferred choice stato I, not N");
            }
        }
    }

    void score() {
        m_scale_ok = m_c.score_scale >= 0 && m_c.score_scale <= max_score_scale;
        if (!m_scale_ok) {
            problem("score_scale", "score scale " + std::to_string(m_c.score_scale) + " is outside 0.." +
                                       std::to_string(max_score_scale));
        }
        if (m_c.base.status == Verification::unknown) {
            problem("base", "the base score must be known");
        }
        required_points(m_c.base, "base");
    }

    void isee() {
        if (!m_c.isee) {
            return;
        }
        const IseeRule& r = *m_c.isee;
        if (required(r.step, "isee.step")) {
            const Decimal& step = *r.step.value;
            if (step.signum() <= 0) {
                problem("isee.step", "step " + step.to_string() + " must be greater than 0");
            } else if (!exact_at(step, money_scale)) {
                problem("isee.step", "step " + step.to_string() + " is not a whole number of cents");
            }
        }
        required_points(r.points_per_step, "isee.points_per_step");
        if (optional(r.cap, "isee.cap")) {
            if (r.cap.value->signum() < 0) {
                problem("isee.cap", "cap " + r.cap.value->to_string() + " must not be negative");
            }
            points(*r.cap.value, "isee.cap");
        }
        if (r.form == IseeRule::Form::allowance && !declared(r.start)) {
            problem("isee.start", "the allowance form (assegnazione) needs a start (partenza)");
        }
        if (r.form == IseeRule::Form::deduction && declared(r.start)) {
            problem("isee.start", "a start (partenza) applies only to the allowance form (assegnazione)");
        }
        optional_points(r.start, "isee.start");
        required_points(r.missing_points, "isee.missing_points");
        required(r.rounding, "isee.rounding");
    }

    void did_bonus() {
        if (m_c.did_bonus) {
            required_points(m_c.did_bonus->points, "did_bonus.points");
        }
    }

    void unemployment() {
        if (!m_c.unemployment) {
            return;
        }
        const UnemploymentRule& r = *m_c.unemployment;
        required_points(r.points_per_month, "unemployment.points_per_month");
        if (optional(r.max_months, "unemployment.max_months") && *r.max_months.value < 0) {
            problem("unemployment.max_months", "the months counted must not be negative");
        }
    }

    void age() {
        if (!m_c.age || !required(m_c.age->brackets, "age.brackets")) {
            return;
        }
        const std::vector<AgeBracket>& brackets = *m_c.age->brackets.value;
        if (brackets.empty()) {
            problem("age.brackets", "no bracket given: mark the brackets unknown (stato N) instead");
        }
        for (std::size_t i = 0; i < brackets.size(); ++i) {
            const std::string name = indexed("age.brackets", i);
            if (brackets[i].from_age < 0) {
                problem(name, "age " + std::to_string(brackets[i].from_age) + " is negative");
            }
            if (i > 0 && brackets[i].from_age <= brackets[i - 1].from_age) {
                problem(name, "brackets must be strictly ascending: " + std::to_string(brackets[i].from_age) +
                                  " follows " + std::to_string(brackets[i - 1].from_age));
            }
            points(brackets[i].points, name);
        }
    }

    void dependants() {
        if (!m_c.dependants) {
            return;
        }
        const DependantRule& r = *m_c.dependants;
        required_points(r.points, "dependants.points");
        optional_points(r.disabled_points, "dependants.disabled_points");
        if (optional(r.disabled_threshold_pct, "dependants.disabled_threshold_pct")) {
            const int pct = *r.disabled_threshold_pct.value;
            if (pct < 0 || pct > 100) {
                problem("dependants.disabled_threshold_pct",
                        "threshold " + std::to_string(pct) + " % is outside 0..100");
            }
        }
        if (declared(r.disabled_points) != declared(r.disabled_threshold_pct)) {
            problem(declared(r.disabled_points) ? "dependants.disabled_threshold_pct" : "dependants.disabled_points",
                    "the points for disabled dependants and the invalidity threshold go together");
        }
    }

    void groups() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_c.groups.size(); ++i) {
            const GroupRule& g = m_c.groups[i];
            if (g.id.empty() || g.label.empty()) {
                problem(indexed("groups", i), "a group needs an id and a label");
            } else if (!ids.insert(g.id).second) {
                problem(indexed("groups", i), "group id '" + g.id + "' used twice");
            }
        }
    }

    bool mirato() const { return m_c.procedure == procedure_collocamento_mirato; }

    // Which components and reference dates each procedure has: the collocamento mirato ranks
    // registered people at one reference date, without an avviso's dates.
    void collocamento_mirato() {
        if (!mirato()) {
            if (m_c.seniority) problem("seniority", "registration seniority applies only to collocamento_mirato");
            if (m_c.invalidity) problem("invalidity", "invalidity points apply only to collocamento_mirato");
            if (m_c.income) problem("income", "income blocks apply only to collocamento_mirato");
            return;
        }
        if (m_c.did_bonus) problem("did_bonus", "a DID bonus applies only to art16");
        if (m_c.unemployment) problem("unemployment", "unemployment months apply only to art16");
        if (m_c.age) problem("age", "age brackets apply only to art16");
        if (!m_c.groups.empty()) problem("groups", "groups apply only to art16");
        if (m_c.isee && m_c.isee->valid_at != ReferenceDate::ranking) {
            problem("isee.valid_at", "in the collocamento mirato the ISEE is checked at the graduatoria date");
        }
        if (m_c.dependants && m_c.dependants->at != ReferenceDate::ranking) {
            problem("dependants.at", "in the collocamento mirato dependants are counted at the graduatoria date");
        }
        seniority();
        invalidity();
        income();
    }

    void seniority() {
        if (!m_c.seniority) return;
        const SeniorityRule& r = *m_c.seniority;
        required_points(r.points_per_month, "seniority.points_per_month");
        if (optional(r.max_months, "seniority.max_months") && *r.max_months.value < 0) {
            problem("seniority.max_months", "the months counted must not be negative");
        }
        if (optional(r.flat_above_months, "seniority.flat_above_months") && *r.flat_above_months.value < 0) {
            problem("seniority.flat_above_months", "the months must not be negative");
        }
        optional_points(r.flat_points, "seniority.flat_points");
        if (declared(r.flat_points) != declared(r.flat_above_months)) {
            problem(declared(r.flat_points) ? "seniority.flat_above_months" : "seniority.flat_points",
                    "the flat points and the months above which they apply go together");
        }
        optional(r.conventional_date, "seniority.conventional_date");
    }

    void invalidity() {
        if (!m_c.invalidity) return;
        const InvalidityRule& r = *m_c.invalidity;
        if (r.form == InvalidityRule::Form::percentage) {
            required_points(r.points_per_pct, "invalidity.points_per_pct");
            if (optional(r.max_pct, "invalidity.max_pct") &&
                (*r.max_pct.value < 0 || *r.max_pct.value > 100)) {
                problem("invalidity.max_pct", "maximum " + std::to_string(*r.max_pct.value) + " % is outside 0..100");
            }
            if (declared(r.bands)) problem("invalidity.bands", "bands apply only to the bands form (fasce)");
            return;
        }
        if (declared(r.points_per_pct)) {
            problem("invalidity.points_per_pct", "points per percent apply only to the percentage form");
        }
        if (!required(r.bands, "invalidity.bands")) return;
        const auto& bands = *r.bands.value;
        if (bands.empty()) problem("invalidity.bands", "no band given: mark the bands unknown (stato N) instead");
        for (std::size_t i = 0; i < bands.size(); ++i) {
            const std::string name = indexed("invalidity.bands", i);
            const InvalidityBand& b = bands[i];
            if (b.from_pct < 0 || b.to_pct > 100 || b.from_pct > b.to_pct) {
                problem(name, "band " + std::to_string(b.from_pct) + "-" + std::to_string(b.to_pct) +
                                  " % is not a range within 0..100");
            }
            if (i > 0 && b.from_pct <= bands[i - 1].to_pct) {
                problem(name, "bands must be ascending and must not overlap: " + std::to_string(b.from_pct) +
                                  " follows " + std::to_string(bands[i - 1].to_pct));
            }
            points(b.points, name);
        }
    }

    void money(const Parameter<Decimal>& p, const std::string& name, bool positive) {
        if (!required(p, name)) return;
        const Decimal& v = *p.value;
        if (positive ? v.signum() <= 0 : v.signum() < 0) {
            problem(name, "amount " + v.to_string() + (positive ? " must be greater than 0" : " must not be negative"));
        } else if (!exact_at(v, money_scale)) {
            problem(name, "amount " + v.to_string() + " is not a whole number of cents");
        }
    }

    void income() {
        if (!m_c.income) return;
        const IncomeRule& r = *m_c.income;
        money(r.threshold, "income.threshold", false);
        money(r.block, "income.block", true);
        required_points(r.points_above, "income.points_above");
        required_points(r.points_per_block, "income.points_per_block");
        required_points(r.missing_points, "income.missing_points");
        if (required(r.max_years_back, "income.max_years_back") && *r.max_years_back.value < 0) {
            problem("income.max_years_back", "the years must not be negative");
        }
    }

    // A tie-break compares facts only one procedure has.
    bool fits_procedure(TieBreak t) const {
        switch (t) {
            case TieBreak::earlier_registration:
            case TieBreak::higher_invalidity: return mirato();
            case TieBreak::longer_unemployment:
            case TieBreak::earlier_did:
            case TieBreak::earlier_submission: return !mirato();
            default: return true;
        }
    }

    void tie_breaks() {
        const std::vector<TieBreak>& list = m_c.tie_breaks;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!fits_procedure(list[i])) {
                problem(indexed("tie_breaks", i), "tie-break " + std::string(to_string(list[i])) +
                                                      " does not apply to procedure " + m_c.procedure);
            }
        }
        if (list.empty() || list.back() != TieBreak::protocol) {
            problem("tie_breaks", "the last tie-break must be the protocol (protocollo)");
        }
        std::set<TieBreak> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string name = indexed("tie_breaks", i);
            if (!seen.insert(list[i]).second) {
                problem(name, "tie-break " + std::string(to_string(list[i])) + " appears twice");
            } else if (list[i] == TieBreak::protocol && i + 1 != list.size()) {
                problem(name, "protocollo must be the last tie-break");
            }
        }
        const auto basis = m_c.settings.find("tie_breaks");
        if (basis != m_c.settings.end() && basis->second.status == Verification::unknown && list.size() > 1) {
            problem("tie_breaks", "tie-breaks marked unknown (stato N) but " +
                                      std::string(to_string(list.front())) + " is listed");
        }
    }

    void riesame() {
        if (required(m_c.riesame_days, "riesame_days") && *m_c.riesame_days.value <= 0) {
            problem("riesame_days", "the riesame window must be at least one day");
        }
    }

    const Criteria& m_c;
    std::set<std::string> m_source_ids;
    bool m_scale_ok = false;
    std::vector<Problem> m_problems;
};

}  // namespace

std::vector<Problem> validate(const Criteria& criteria) { return Validator(criteria).run(); }

}  // namespace gradus::criteria

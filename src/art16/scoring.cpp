#include "scoring.hpp"

#include "reference_dates.hpp"

#include "gradus/criteria/component_points.hpp"

#include <algorithm>

namespace gradus::art16 {
namespace {

using criteria::cite;
using criteria::Criteria;

class ScoreBuilder {
public:
    ScoreBuilder(const Avviso& a, const Criteria& cr, const Candidatura& c, Trail trail)
        : m_a(a), m_cr(cr), m_c(c), m_trail(trail) {}

    Scored build() {
        explain([&](Explanation& e) {
            if (!m_c.riesame) return;
            for (const auto& note : m_c.riesame->notes) e.add("riesame", "Decisione sul riesame", "applicato", note);
        });
        base();
        isee();
        did_bonus();
        unemployment();
        age();
        dependants();
        group();
        total();
        return std::move(m_s);
    }

private:
    Date at(criteria::ReferenceDate r) const { return reference_date(r, m_a, m_c); }

    void add(Component kind, const Decimal& points) { m_s.components.push_back({kind, points}); }

    // Builds the steps only when the trail is wanted: its sentences cost more than the score.
    template <class Steps>
    void explain(Steps&& steps) {
        if (m_trail == Trail::kept) steps(m_s.explanation);
    }

    void skipped(const std::string& rule, const std::string& parameter) {
        explain([&](Explanation& e) {
            e.add(rule, m_cr.act + " [N]", "non applicato",
                  "Parametro " + parameter + " non noto nei criteri: componente non calcolata.");
        });
    }

    void base() {
        const auto& b = m_cr.base;
        add(Component::base, *b.value);
        explain([&](Explanation& e) { e.add("base", cite(m_cr, b), b.value->to_string(), "Punteggio di partenza."); });
    }

    // Why an ISEE cannot be used on `ref`, if it cannot; the sentence only for a trail.
    enum class IseeProblem { none, missing, omissions, not_yet_issued, expired };
    IseeProblem isee_problem(const criteria::IseeRule& r, const Date& ref) const {
        if (!m_c.isee) return IseeProblem::missing;
        const auto& i = *m_c.isee;
        if (i.omissions && r.omissions_as_missing) return IseeProblem::omissions;
        if (ref < i.attestation) return IseeProblem::not_yet_issued;
        if (ref > i.expiry) return IseeProblem::expired;
        return IseeProblem::none;
    }
    std::string describe(IseeProblem problem, const Date& ref) const {
        switch (problem) {
            case IseeProblem::missing: return "nessun ISEE presentato";
            case IseeProblem::omissions: return "ISEE con omissioni o difformità";
            case IseeProblem::not_yet_issued:
                return "ISEE rilasciato il " + m_c.isee->attestation.to_italian() + ", dopo il " + ref.to_italian();
            case IseeProblem::expired:
                return "ISEE scaduto il " + m_c.isee->expiry.to_italian() + ", prima del " + ref.to_italian();
            case IseeProblem::none: break;
        }
        return {};
    }

    void isee() {
        if (!m_cr.isee) {
            // No ISEE points, but a tie-break may still compare the ISEE valid at submission.
            if (isee_problem(criteria::IseeRule{}, m_c.submission_date) == IseeProblem::none) {
                m_s.valid_isee = m_c.isee->value;
            }
            return;
        }
        const auto& r = *m_cr.isee;
        const Date ref = at(r.valid_at);
        if (const IseeProblem problem = isee_problem(r, ref); problem != IseeProblem::none) {
            if (!r.missing_points.known()) {
                skipped("isee.mancante", "isee.missing_points");
                return;
            }
            const Decimal& p = *r.missing_points.value;
            add(Component::isee, p);
            explain([&](Explanation& e) {
                auto& step = e.add("isee.mancante", cite(m_cr, r.missing_points), p.to_string(),
                                   "ISEE non valido alla data di riferimento (" + describe(problem, ref) +
                                       "): si applica la penalità prevista.");
                step.inputs.push_back({"data_riferimento", ref.to_iso()});
                if (m_c.isee) {
                    step.inputs.push_back({"isee", m_c.isee->value.to_string()});
                    step.inputs.push_back({"origine", m_c.isee->origin.to_string()});
                }
            });
            return;
        }
        if (!r.step.known() || !r.points_per_step.known() || !r.rounding.known() ||
            (r.form == criteria::IseeRule::Form::allowance && !r.start.known())) {
            skipped("isee.punti", "isee");
            return;
        }
        const Decimal& value = m_c.isee->value;
        m_s.valid_isee = value;
        const Decimal points = criteria::isee_points(r, value);
        add(Component::isee, points);
        explain([&](Explanation& e) {
            auto& s = e.add("isee.punti", cite(m_cr, r.points_per_step), points.to_string(),
                            criteria::explained_isee_points(r, value).note);
            s.inputs = {{"isee", value.to_string()},
                        {"rilascio", m_c.isee->attestation.to_iso()},
                        {"scadenza", m_c.isee->expiry.to_iso()},
                        {"data_riferimento", ref.to_iso()},
                        {"origine", m_c.isee->origin.to_string()}};
        });
    }

    // DID in force before `ref`: made strictly before it, and the person not declared employed.
    bool unemployed_with_did_before(const Date& ref) const {
        return m_c.did_date && *m_c.did_date < ref && m_c.status.value_or("disoccupato") != "occupato";
    }

    void did_bonus() {
        if (!m_cr.did_bonus) return;
        const auto& r = *m_cr.did_bonus;
        if (!r.points.known()) {
            skipped("did.bonus", "did_bonus.points");
            return;
        }
        const Date ref = at(r.before);
        const bool applies = unemployed_with_did_before(ref);
        const Decimal points = applies ? *r.points.value : Decimal(0);
        add(Component::did, points);
        explain([&](Explanation& e) {
            auto& s = e.add(
                "did.bonus", cite(m_cr, r.points), points.to_string(),
                applies ? "DID del " + m_c.did_date->to_italian() + " anteriore al " + ref.to_italian() + ": bonus."
                        : (m_c.did_date ? "DID del " + m_c.did_date->to_italian() + " non anteriore al " +
                                              ref.to_italian() + " o persona occupata: nessun bonus."
                                        : std::string("Nessuna DID: nessun bonus.")));
            s.inputs = {{"did", m_c.did_date ? m_c.did_date->to_iso() : ""},
                        {"stato", m_c.status.value_or("")},
                        {"data_riferimento", ref.to_iso()}};
        });
    }

    void unemployment() {
        const Date ref = m_cr.unemployment ? at(m_cr.unemployment->at) : m_a.ranking_date;
        if (m_c.unemployment_months) {
            m_s.unemployment_months = *m_c.unemployment_months;
        } else if (m_c.did_date && *m_c.did_date <= ref) {
            m_s.unemployment_months = whole_months_between(*m_c.did_date, ref);  // art. 2963 c.c.
        }
        m_s.did = m_c.did_date;
        if (!m_cr.unemployment) return;
        const auto& r = *m_cr.unemployment;
        if (!r.points_per_month.known()) {
            skipped("disoccupazione", "unemployment.points_per_month");
            return;
        }
        const bool capped = r.max_months.known() && m_s.unemployment_months > *r.max_months.value;
        const int months = capped ? *r.max_months.value : m_s.unemployment_months;
        const Decimal points = Decimal(months) * *r.points_per_month.value;
        add(Component::disoccupazione, points);
        explain([&](Explanation& e) {
            const std::string origin =
                m_c.unemployment_months ? std::string("mesi forniti dal sistema regionale")
                : m_c.did_date && *m_c.did_date <= ref
                    ? "mesi interi dalla DID del " + m_c.did_date->to_italian() + " al " + ref.to_italian()
                    : "nessuna DID anteriore al " + ref.to_italian();
            std::string note = std::to_string(m_s.unemployment_months) + " mesi (" + origin + ")";
            if (capped) note += ", contati fino al massimo di " + std::to_string(months);
            auto& s = e.add("disoccupazione", cite(m_cr, r.points_per_month), points.to_string(),
                            note + " x " + r.points_per_month.value->to_string() + " punti.");
            s.inputs = {{"did", m_c.did_date ? m_c.did_date->to_iso() : ""},
                        {"mesi", std::to_string(m_s.unemployment_months)},
                        {"data_riferimento", ref.to_iso()}};
        });
    }

    void age() {
        if (!m_cr.age) return;
        const auto& r = *m_cr.age;
        if (!r.brackets.known()) {
            skipped("eta", "age.brackets");
            return;
        }
        const Date ref = at(r.at);
        const int years = age_on(m_c.birth, ref);
        const bool barred = r.only_with_did && !unemployed_with_did_before(ref);
        const AgeBracketRef reached = barred ? nullptr : highest_bracket(*r.brackets.value, years);
        const Decimal points = reached ? reached->points : Decimal(0);
        add(Component::eta, points);
        explain([&](Explanation& e) {
            const std::string outcome =
                barred    ? ": punti per età riservati a chi ha una DID anteriore, non spettano."
                : reached ? ": fascia da " + std::to_string(reached->from_age) + " anni (non cumulabile)."
                          : std::string(": nessuna fascia raggiunta.");
            auto& s = e.add("eta", cite(m_cr, r.brackets), points.to_string(),
                            "Età " + std::to_string(years) + " anni al " + ref.to_italian() + outcome);
            s.inputs = {{"nascita", m_c.birth.to_iso()}, {"data_riferimento", ref.to_iso()}};
        });
    }

    using AgeBracketRef = const criteria::AgeBracket*;
    static AgeBracketRef highest_bracket(const std::vector<criteria::AgeBracket>& brackets, int years) {
        AgeBracketRef best = nullptr;
        for (const auto& b : brackets) {
            if (years >= b.from_age && (!best || b.from_age > best->from_age)) best = &b;
        }
        return best;
    }

    void dependants() {
        const criteria::DependantRule* r = m_cr.dependants ? &*m_cr.dependants : nullptr;
        const Date ref = r ? at(r->at) : m_a.publication;
        Decimal total(0);
        std::string detail;
        for (const auto& d : m_c.dependants) {
            if (d.birth > ref) continue;
            ++m_s.dependants_counted;
            if (!r || !r->points.known()) continue;
            const criteria::DependantPoints points = criteria::dependant_points(*r, d.invalidity_pct);
            total += points.points;
            explain([&](Explanation&) {
                detail += (detail.empty() ? "" : "; ") + d.relationship + " nato il " + d.birth.to_italian() +
                          (points.disabled_rate ? " con invalidità " + std::to_string(d.invalidity_pct) + "%" : "") +
                          ": " + points.points.to_string();
            });
        }
        m_s.dependant_points = total;
        if (!r) return;
        if (!r->points.known()) {
            skipped("carichi", "dependants.points");
            return;
        }
        add(Component::carichi, total);
        explain([&](Explanation& e) {
            auto& s = e.add("carichi", cite(m_cr, r->points), total.to_string(),
                            std::to_string(m_s.dependants_counted) + " familiari a carico al " + ref.to_italian() +
                                (detail.empty() ? "." : " (" + detail + ")."));
            s.inputs = {{"familiari_dichiarati", std::to_string(m_c.dependants.size())},
                        {"data_riferimento", ref.to_iso()}};
        });
    }

    void group() {
        const auto& groups = m_cr.groups;
        m_s.group = static_cast<int>(groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto& rule = groups[g];
            const bool status_ok = rule.statuses.empty() ||
                                   std::find(rule.statuses.begin(), rule.statuses.end(), m_c.status.value_or("")) !=
                                       rule.statuses.end();
            const bool flags_ok = std::all_of(rule.flags.begin(), rule.flags.end(), [&](const std::string& f) {
                return std::find(m_c.flags.begin(), m_c.flags.end(), f) != m_c.flags.end();
            });
            if (status_ok && flags_ok) {
                m_s.group = static_cast<int>(g);
                explain([&](Explanation& e) {
                    e.add("gruppo", m_cr.act, rule.id, "Ordinato nel gruppo '" + rule.label + "'.");
                });
                return;
            }
        }
        if (!groups.empty()) {
            explain([&](Explanation& e) { e.add("gruppo", m_cr.act, "nessuno", "Dopo tutti i gruppi dei criteri."); });
        }
    }

    void total() {
        Decimal sum(0);
        for (const auto& c : m_s.components) sum += c.points;
        m_s.score = sum.rescaled(m_cr.score_scale);
        explain([&](Explanation& e) {
            std::string terms;
            for (const auto& c : m_s.components) {
                terms += (terms.empty() ? "" : " + ") + std::string(to_string(c.kind)) + " " + c.points.to_string();
            }
            e.add("totale", m_cr.act, m_s.score.to_string(), terms + ".");
        });
    }

    const Avviso& m_a;
    const Criteria& m_cr;
    const Candidatura& m_c;
    const Trail m_trail;
    Scored m_s;
};

}  // namespace

Scored score_candidate(const Avviso& avviso, const criteria::Criteria& criteria, const Candidatura& candidatura,
                       Trail trail) {
    return ScoreBuilder(avviso, criteria, candidatura, trail).build();
}

}  // namespace gradus::art16

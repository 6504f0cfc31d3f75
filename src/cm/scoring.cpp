#include "gradus/cm/ranking.hpp"

#include "gradus/criteria/component_points.hpp"

#include <algorithm>
#include <cstdlib>

namespace gradus::cm {
namespace {

using criteria::cite;
using criteria::Criteria;

// Builds the score of one registered person at the graduatoria's reference date, component by
// component, each with its explanation step.
class ScoreBuilder {
public:
    ScoreBuilder(const Criteria& cr, const Iscritto& p, const Date& ref, bool public_employer)
        : m_cr(cr), m_p(p), m_ref(ref), m_public(public_employer) {}

    Scored build() {
        base();
        seniority();
        invalidity();
        income();
        isee();
        dependants();
        total();
        facts();
        return std::move(m_s);
    }

private:
    void add(const std::string& id, const Decimal& points) { m_s.components.push_back({id, points}); }

    void skipped(const std::string& rule, const std::string& parameter, const std::string& why = {}) {
        m_s.explanation.add(rule, m_cr.act + " [N]", "non applicato",
                            why + "Parametro " + parameter + " non noto nei criteri: componente non calcolata.");
    }

    void base() {
        add("base", *m_cr.base.value);
        m_s.explanation.add("base", cite(m_cr, m_cr.base), m_cr.base.value->to_string(), "Punteggio di partenza.");
    }

    // Signed whole months from the conventional date to the registration (negative before it).
    int months_from_conventional(const Date& conventional) const {
        const Date& reg = m_p.registration_date;
        return reg < conventional ? -whole_months_between(reg, conventional) : whole_months_between(conventional, reg);
    }

    // L. 68/1999 art. 8 c. 2: anzianità di iscrizione, as the regional criteria weigh it.
    void seniority() {
        if (!m_cr.seniority) return;
        const auto& r = *m_cr.seniority;
        if (!r.points_per_month.known()) return skipped("anzianita", "seniority.points_per_month");
        int months = 0;
        std::string note;
        if (r.conventional_date.known()) {
            const Date& conv = *r.conventional_date.value;
            months = months_from_conventional(conv);
            note = "Iscrizione del " + m_p.registration_date.to_italian() + ": " + std::to_string(std::abs(months)) +
                   " mesi interi " + (months < 0 ? "prima della" : "dopo la") + " data convenzionale del " + conv.to_italian();
        } else {
            months = whole_months_between(m_p.registration_date, m_ref);  // art. 2963 c.c.
            note = std::to_string(months) + " mesi interi di iscrizione dal " + m_p.registration_date.to_italian() +
                   " al " + m_ref.to_italian();
        }
        const int counted_raw = months;
        if (r.max_months.known() && std::abs(months) > *r.max_months.value) {
            months = months < 0 ? -*r.max_months.value : *r.max_months.value;
            note += ", contati fino al massimo di " + std::to_string(*r.max_months.value);
        }
        Decimal points = Decimal(months) * *r.points_per_month.value;
        if (r.flat_above_months.known() && r.flat_points.known() && counted_raw > *r.flat_above_months.value) {
            points = *r.flat_points.value;
            note += "; oltre " + std::to_string(*r.flat_above_months.value) + " mesi: punteggio forfettario";
        } else {
            note += " x " + r.points_per_month.value->to_string() + " punti";
        }
        add("anzianita", points);
        auto& s = m_s.explanation.add("anzianita", cite(m_cr, r.points_per_month), points.to_string(), note + ".");
        s.inputs = {{"iscrizione", m_p.registration_date.to_iso()}, {"data_riferimento", m_ref.to_iso()}};
    }

    static const criteria::InvalidityBand* band_of(const std::vector<criteria::InvalidityBand>& bands, int pct) {
        for (const auto& b : bands) {
            if (pct >= b.from_pct && pct <= b.to_pct) return &b;
        }
        return nullptr;
    }

    void invalidity() {
        if (!m_cr.invalidity) return;
        const auto& r = *m_cr.invalidity;
        const int pct = m_p.invalidity_pct;
        const auto& basis = r.form == criteria::InvalidityRule::Form::percentage ? cite(m_cr, r.points_per_pct)
                                                                                 : cite(m_cr, r.bands);
        if (r.public_employers_only && !m_public) {
            add("invalidita", Decimal(0));
            m_s.explanation.add("invalidita", basis, "0",
                                "Invalidità " + std::to_string(pct) +
                                    "%: i criteri la contano solo per gli avviamenti presso datori pubblici; "
                                    "graduatoria per datori privati.");
            return;
        }
        Decimal points(0);
        std::string note = "Invalidità " + std::to_string(pct) + "%";
        if (r.form == criteria::InvalidityRule::Form::percentage) {
            if (!r.points_per_pct.known()) return skipped("invalidita", "invalidity.points_per_pct");
            int counted = pct;
            if (r.max_pct.known() && counted > *r.max_pct.value) {
                counted = *r.max_pct.value;
                note += ", contata fino al massimo di " + std::to_string(counted);
            }
            points = Decimal(counted) * *r.points_per_pct.value;
            note += " x " + r.points_per_pct.value->to_string() + " punti";
        } else {
            if (!r.bands.known()) return skipped("invalidita", "invalidity.bands");
            if (const auto* b = band_of(*r.bands.value, pct)) {
                points = b->points;
                note += ": fascia " + std::to_string(b->from_pct) + "-" + std::to_string(b->to_pct) + "%";
            } else {
                note += ": in nessuna fascia dei criteri";
            }
        }
        add("invalidita", points);
        auto& s = m_s.explanation.add("invalidita", basis, points.to_string(), note + ".");
        s.inputs = {{"percentuale", std::to_string(pct)}, {"tipo", m_p.invalidity_kind}};
    }

    // Why an income cannot be used at the reference date, or nothing when it can.
    std::optional<std::string> unusable_income(const criteria::IncomeRule& r) const {
        if (!m_p.income) return "nessun reddito dichiarato";
        const int oldest = m_ref.year() - *r.max_years_back.value;
        if (m_p.income->year < oldest) {
            return "reddito dell'anno " + std::to_string(m_p.income->year) + ", più vecchio di quanto i criteri ammettono (anno minimo " +
                   std::to_string(oldest) + ")";
        }
        if (m_p.income->year > m_ref.year()) {
            return "reddito dell'anno " + std::to_string(m_p.income->year) + ", successivo alla data di riferimento";
        }
        return std::nullopt;
    }

    void income() {
        if (!m_cr.income) return;
        const auto& r = *m_cr.income;
        if (!r.max_years_back.known()) return skipped("reddito", "income.max_years_back");
        if (auto why = unusable_income(r)) {
            if (!r.missing_points.known()) {
                return skipped("reddito.mancante", "income.missing_points",
                               "Reddito non utilizzabile (" + *why + "): conta come mancante. ");
            }
            add("reddito", *r.missing_points.value);
            auto& s = m_s.explanation.add("reddito.mancante", cite(m_cr, r.missing_points),
                                          r.missing_points.value->to_string(),
                                          "Reddito non utilizzabile (" + *why + "): conta come mancante.");
            s.inputs.push_back({"data_riferimento", m_ref.to_iso()});
            if (m_p.income) s.inputs.push_back({"anno", std::to_string(m_p.income->year)});
            return;
        }
        if (!r.threshold.known() || !r.points_above.known() || !r.block.known() || !r.points_per_block.known()) {
            return skipped("reddito.punti", "income");
        }
        const Decimal& amount = m_p.income->amount;
        const Decimal& threshold = *r.threshold.value;
        Decimal points(0);
        std::string note = "Reddito " + std::to_string(m_p.income->year) + " di " + amount.to_italian() + " euro";
        if (amount <= threshold) {
            note += ", entro la soglia di " + threshold.to_italian() + " euro: nessun punto";
        } else {
            const Decimal excess = amount - threshold;
            const Decimal& block = *r.block.value;
            Decimal blocks = Decimal::divide(excess, block, 0, Rounding::truncate);
            const bool partial = blocks * block < excess;
            if (partial && r.partial_blocks_count) blocks += Decimal(1);
            points = *r.points_above.value + blocks * *r.points_per_block.value;
            note += ", oltre la soglia di " + threshold.to_italian() + " euro: " + r.points_above.value->to_string() +
                    " più " + blocks.to_string() + " blocchi di " + block.to_italian() + " euro" +
                    (partial ? (r.partial_blocks_count ? " (il blocco parziale conta)" : " (il blocco parziale non conta)")
                             : std::string()) +
                    " x " + r.points_per_block.value->to_string();
        }
        add("reddito", points);
        auto& s = m_s.explanation.add("reddito", cite(m_cr, r.points_per_block), points.to_string(), note + ".");
        s.inputs = {{"reddito", amount.to_string()},
                    {"anno", std::to_string(m_p.income->year)},
                    {"origine", m_p.income->origin.to_string()}};
    }

    std::optional<std::string> unusable_isee(const criteria::IseeRule& r) const {
        if (!m_p.isee) return "nessun ISEE presentato";
        const auto& i = *m_p.isee;
        if (i.omissions && r.omissions_as_missing) return "ISEE con omissioni o difformità";
        if (m_ref < i.attestation) return "ISEE rilasciato il " + i.attestation.to_italian() + ", dopo il " + m_ref.to_italian();
        if (m_ref > i.expiry) return "ISEE scaduto il " + i.expiry.to_italian() + ", prima del " + m_ref.to_italian();
        return std::nullopt;
    }

    void isee() {
        if (!m_cr.isee) return;
        const auto& r = *m_cr.isee;
        if (auto why = unusable_isee(r)) {
            if (!r.missing_points.known()) {
                return skipped("isee.mancante", "isee.missing_points",
                               "ISEE non valido alla data di riferimento (" + *why + "): conta come mancante. ");
            }
            add("isee", *r.missing_points.value);
            auto& s = m_s.explanation.add("isee.mancante", cite(m_cr, r.missing_points),
                                          r.missing_points.value->to_string(),
                                          "ISEE non valido alla data di riferimento (" + *why + "): conta come mancante.");
            s.inputs.push_back({"data_riferimento", m_ref.to_iso()});
            if (m_p.isee) s.inputs.push_back({"isee", m_p.isee->value.to_string()});
            return;
        }
        if (!r.step.known() || !r.points_per_step.known() || !r.rounding.known() ||
            (r.form == criteria::IseeRule::Form::allowance && !r.start.known())) {
            return skipped("isee.punti", "isee");
        }
        m_s.facts.valid_isee = m_p.isee->value;
        const auto [points, note] = criteria::explained_isee_points(r, m_p.isee->value);
        add("isee", points);
        auto& s = m_s.explanation.add("isee.punti", cite(m_cr, r.points_per_step), points.to_string(), note);
        s.inputs = {{"isee", m_p.isee->value.to_string()},
                    {"rilascio", m_p.isee->attestation.to_iso()},
                    {"scadenza", m_p.isee->expiry.to_iso()},
                    {"data_riferimento", m_ref.to_iso()},
                    {"origine", m_p.isee->origin.to_string()}};
    }

    void dependants() {
        const criteria::DependantRule* r = m_cr.dependants ? &*m_cr.dependants : nullptr;
        Decimal total(0);
        std::string detail;
        for (const auto& d : m_p.dependants) {
            if (d.birth > m_ref) continue;
            ++m_s.facts.dependants_counted;
            if (!r || !r->points.known()) continue;
            const auto [p, disabled] = criteria::dependant_points(*r, d.invalidity_pct);
            total += p;
            detail += (detail.empty() ? "" : "; ") + d.relationship + " nato il " + d.birth.to_italian() +
                      (disabled ? " con invalidità " + std::to_string(d.invalidity_pct) + "%" : "") + ": " +
                      p.to_string();
        }
        m_s.facts.dependant_points = total;
        if (!r) return;
        if (!r->points.known()) return skipped("carichi", "dependants.points");
        add("carichi", total);
        m_s.explanation.add("carichi", cite(m_cr, r->points), total.to_string(),
                            std::to_string(m_s.facts.dependants_counted) + " familiari a carico al " +
                                m_ref.to_italian() + (detail.empty() ? "." : " (" + detail + ")."));
    }

    void total() {
        Decimal sum(0);
        std::string terms;
        for (const auto& c : m_s.components) {
            sum += c.points;
            terms += (terms.empty() ? "" : " + ") + c.id + " " + c.points.to_string();
        }
        m_s.score = sum.rescaled(m_cr.score_scale);
        m_s.explanation.add("totale", m_cr.act, m_s.score.to_string(), terms + ".");
    }

    void facts() {
        auto& f = m_s.facts;
        f.score = m_s.score;
        f.birth = m_p.birth;
        f.registration = m_p.registration_date;
        f.invalidity_pct = m_p.invalidity_pct;
        f.protocol = m_p.registration_number;
    }

    const Criteria& m_cr;
    const Iscritto& m_p;
    const Date m_ref;
    const bool m_public;
    Scored m_s;
};

}  // namespace

Scored score_iscritto(const criteria::Criteria& criteria, const Iscritto& person, const Date& reference,
                      bool public_employer) {
    return ScoreBuilder(criteria, person, reference, public_employer).build();
}

}  // namespace gradus::cm

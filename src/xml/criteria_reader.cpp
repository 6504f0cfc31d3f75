#include "gradus/xml/criteria_reader.hpp"

#include "criteria_tree.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/criteria/validation.hpp"

#include <charconv>
#include <map>

namespace gradus::xml {

namespace {

using criteria::Criteria;
using criteria::Parameter;
using criteria::Provenance;
using detail::Element;

std::string indexed(const std::string& name, std::size_t index) {
    return name + "[" + std::to_string(index) + "]";
}

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// Maps the elements of a schema-valid criteria document to the model, remembering which element
// holds each parameter so that every problem is reported where the author can fix it.
class CriteriaReading {
public:
    explicit CriteriaReading(const Element& root) : m_root(root) {}

    Criteria read() {
        identity();
        sources();
        act_and_validity();
        score();
        isee();
        did_bonus();
        unemployment();
        age();
        dependants();
        groups();
        seniority();
        invalidity();
        income();
        tie_breaks();
        riesame();
        if (m_messages.empty()) {
            for (const criteria::Problem& p : criteria::validate(m_c)) {
                report(element_of(p.parameter), p.parameter, p.message);
            }
        }
        if (!m_messages.empty()) {
            throw ConfigError(joined());
        }
        return std::move(m_c);
    }

private:
    // ---- where things are -------------------------------------------------------------------

    void locate(const std::string& name, const Element& e) { m_where[name] = &e; }

    // The element of a parameter; "age.brackets[3]" falls back to "age.brackets", then "age".
    const Element& element_of(std::string name) const {
        for (;;) {
            if (const auto it = m_where.find(name); it != m_where.end()) {
                return *it->second;
            }
            if (const auto bracket = name.rfind('['); bracket != std::string::npos) {
                name.erase(bracket);
            } else if (const auto dot = name.rfind('.'); dot != std::string::npos) {
                name.erase(dot);
            } else {
                return m_root;
            }
        }
    }

    void report(const Element& e, const std::string& parameter, const std::string& message) {
        m_messages.push_back(e.where.to_string() + ": <" + e.path + "> (" + parameter + "): " + message);
    }

    std::string joined() const {
        std::string text;
        for (const std::string& m : m_messages) {
            text += (text.empty() ? "" : "\n") + m;
        }
        return text;
    }

    // ---- values -----------------------------------------------------------------------------

    const std::string& attribute(const Element& e, std::string_view name) {
        static const std::string none;
        const std::string* value = e.attribute(name);
        return value == nullptr ? none : *value;
    }

    Provenance provenance(const Element& e, const std::string& name) {
        Provenance p;
        p.source = attribute(e, "fonte");
        if (const auto status = criteria::parse_verification(attribute(e, "stato"))) {
            p.status = *status;
        } else {
            report(e, name, "unknown stato '" + attribute(e, "stato") + "' (expected V, S, C, I or N)");
        }
        return p;
    }

    std::optional<Decimal> decimal(const Element& e, const std::string& text, const std::string& name) {
        try {
            return Decimal::parse(text);
        } catch (const Error& error) {
            report(e, name, error.what());
            return std::nullopt;
        }
    }

    std::optional<Date> date(const Element& e, const std::string& text, const std::string& name) {
        try {
            return Date::parse_iso(text);
        } catch (const Error& error) {
            report(e, name, error.what());
            return std::nullopt;
        }
    }

    std::optional<int> integer(const Element& e, const std::string& text, const std::string& name) {
        const auto value = parse_int(text);
        if (!value) {
            report(e, name, "'" + text + "' is not a whole number");
        }
        return value;
    }

    // A parameter element: its status and source, and its value unless the text is empty.
    template <class T, class Parse>
    Parameter<T> parameter(const Element* e, const std::string& name, Parse parse) {
        Parameter<T> p;
        if (e == nullptr) {
            return p;
        }
        locate(name, *e);
        const Provenance basis = provenance(*e, name);
        p.status = basis.status;
        p.source = basis.source;
        if (!e->text.empty()) {
            p.value = parse(*e, e->text, name);
        }
        return p;
    }

    Parameter<Decimal> decimal_parameter(const Element* e, const std::string& name) {
        return parameter<Decimal>(e, name, [this](const Element& el, const std::string& text, const std::string& n) {
            return decimal(el, text, n);
        });
    }

    Parameter<int> int_parameter(const Element* e, const std::string& name) {
        return parameter<int>(e, name, [this](const Element& el, const std::string& text, const std::string& n) {
            return integer(el, text, n);
        });
    }

    Parameter<Date> date_parameter(const Element* e, const std::string& name) {
        return parameter<Date>(e, name, [this](const Element& el, const std::string& text, const std::string& n) {
            return date(el, text, n);
        });
    }

    Parameter<Rounding> rounding_parameter(const Element* e, const std::string& name) {
        return parameter<Rounding>(e, name, [this](const Element& el, const std::string& text, const std::string& n) {
            try {
                return std::optional<Rounding>(parse_rounding(text));
            } catch (const Error& error) {
                report(el, n, error.what());
                return std::optional<Rounding>();
            }
        });
    }

    // A setting element (never unknown): records its provenance and returns its text.
    const std::string& setting(const Element& e, const std::string& name) {
        locate(name, e);
        m_c.settings[name] = provenance(e, name);
        return e.text;
    }

    template <class T>
    T named_setting(const Element& e, const std::string& name, std::optional<T> (*parse)(std::string_view),
                    T fallback) {
        const std::string& text = setting(e, name);
        if (const auto value = parse(text)) {
            return *value;
        }
        report(e, name, "unknown value '" + text + "'");
        return fallback;
    }

    criteria::ReferenceDate reference_date(const Element& parent, std::string_view child, const std::string& name) {
        return named_setting(*parent.child(child), name, &criteria::parse_reference_date,
                             criteria::ReferenceDate::publication);
    }

    bool flag(const Element& e, const std::string& name) {
        const std::string& text = setting(e, name);
        return text == "true" || text == "1";
    }

    // ---- the document -----------------------------------------------------------------------

    void identity() {
        locate("id", m_root);
        locate("procedure", m_root);
        m_c.id = attribute(m_root, "id");
        m_c.procedure = attribute(m_root, "procedura");
        const Element& region = *m_root.child("regione");
        locate("region_code", region);
        m_c.region_code = attribute(region, "codice");
        m_c.region_name = attribute(region, "nome");
    }

    void sources() {
        const auto list = m_root.child("fonti")->children_named("fonte");
        for (std::size_t i = 0; i < list.size(); ++i) {
            locate(indexed("sources", i), *list[i]);
            m_c.sources.push_back({attribute(*list[i], "id"), attribute(*list[i], "titolo"), attribute(*list[i], "url")});
        }
    }

    void act_and_validity() {
        const Element& act = *m_root.child("atto");
        m_c.act = attribute(act, "estremi");
        if (const std::string* day = act.attribute("data")) {
            m_c.act_date = date(act, *day, "act_date");
        }
        const Element& validity = *m_root.child("validita");
        const Element& from = *validity.child("dal");
        if (const auto day = date(from, setting(from, "valid_from"), "valid_from")) {
            m_c.valid_from = *day;
        }
        if (const Element* to = validity.child("al")) {
            m_c.valid_to = date(*to, setting(*to, "valid_to"), "valid_to");
        }
    }

    void score() {
        const Element& score = *m_root.child("punteggio");
        locate("score_scale", score);
        if (const auto scale = integer(score, attribute(score, "decimali"), "score_scale")) {
            m_c.score_scale = *scale;
        }
        m_c.base = decimal_parameter(score.child("base"), "base");
        m_c.direction = named_setting(*score.child("direzione"), "direction", &criteria::parse_direction,
                                      criteria::Direction::higher_first);
    }

    void isee() {
        const Element* e = m_root.child("isee");
        if (e == nullptr) {
            return;
        }
        locate("isee", *e);
        criteria::IseeRule r;
        r.form = attribute(*e, "forma") == "assegnazione" ? criteria::IseeRule::Form::allowance
                                                           : criteria::IseeRule::Form::deduction;
        r.step = decimal_parameter(e->child("passo"), "isee.step");
        r.points_per_step = decimal_parameter(e->child("punti_per_passo"), "isee.points_per_step");
        r.start = decimal_parameter(e->child("partenza"), "isee.start");
        r.cap = decimal_parameter(e->child("tetto"), "isee.cap");
        r.missing_points = decimal_parameter(e->child("mancante"), "isee.missing_points");
        r.rounding = rounding_parameter(e->child("arrotondamento"), "isee.rounding");
        r.below_one_step_free = flag(*e->child("sotto_un_passo_gratuito"), "isee.below_one_step_free");
        r.omissions_as_missing = flag(*e->child("omissioni_come_mancante"), "isee.omissions_as_missing");
        r.valid_at = reference_date(*e, "valido_alla", "isee.valid_at");
        m_c.isee = std::move(r);
    }

    void did_bonus() {
        const Element* e = m_root.child("bonus_did");
        if (e == nullptr) {
            return;
        }
        locate("did_bonus", *e);
        criteria::DidBonusRule r;
        r.points = decimal_parameter(e->child("punti"), "did_bonus.points");
        r.before = reference_date(*e, "prima_della", "did_bonus.before");
        m_c.did_bonus = std::move(r);
    }

    void unemployment() {
        const Element* e = m_root.child("disoccupazione");
        if (e == nullptr) {
            return;
        }
        locate("unemployment", *e);
        criteria::UnemploymentRule r;
        r.points_per_month = decimal_parameter(e->child("punti_per_mese"), "unemployment.points_per_month");
        r.max_months = int_parameter(e->child("mesi_massimi"), "unemployment.max_months");
        r.at = reference_date(*e, "alla", "unemployment.at");
        m_c.unemployment = std::move(r);
    }

    void age() {
        const Element* e = m_root.child("eta");
        if (e == nullptr) {
            return;
        }
        locate("age", *e);
        criteria::AgeRule r;
        const Element& brackets = *e->child("fasce");
        locate("age.brackets", brackets);
        const Provenance basis = provenance(brackets, "age.brackets");
        r.brackets.status = basis.status;
        r.brackets.source = basis.source;
        const auto list = brackets.children_named("fascia");
        if (!list.empty()) {
            r.brackets.value.emplace();
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string name = indexed("age.brackets", i);
            locate(name, *list[i]);
            const auto from = integer(*list[i], attribute(*list[i], "da_anni"), name);
            const auto points = decimal(*list[i], attribute(*list[i], "punti"), name);
            if (from && points) {
                r.brackets.value->push_back({*from, *points});
            }
        }
        r.at = reference_date(*e, "alla", "age.at");
        r.only_with_did = flag(*e->child("solo_con_did"), "age.only_with_did");
        m_c.age = std::move(r);
    }

    void dependants() {
        const Element* e = m_root.child("carichi_familiari");
        if (e == nullptr) {
            return;
        }
        locate("dependants", *e);
        criteria::DependantRule r;
        r.points = decimal_parameter(e->child("punti"), "dependants.points");
        r.disabled_points = decimal_parameter(e->child("punti_invalidi"), "dependants.disabled_points");
        r.disabled_threshold_pct = int_parameter(e->child("soglia_invalidita"), "dependants.disabled_threshold_pct");
        r.at = reference_date(*e, "alla", "dependants.at");
        m_c.dependants = std::move(r);
    }

    void groups() {
        const Element* e = m_root.child("gruppi");
        if (e == nullptr) {
            return;
        }
        setting(*e, "groups");
        const auto list = e->children_named("gruppo");
        for (std::size_t i = 0; i < list.size(); ++i) {
            locate(indexed("groups", i), *list[i]);
            criteria::GroupRule g;
            g.id = attribute(*list[i], "id");
            g.label = attribute(*list[i], "etichetta");
            for (const Element* s : list[i]->children_named("stato_occupazionale")) {
                g.statuses.push_back(s->text);
            }
            for (const Element* f : list[i]->children_named("dichiarazione")) {
                g.flags.push_back(f->text);
            }
            m_c.groups.push_back(std::move(g));
        }
    }

    void seniority() {
        const Element* e = m_root.child("anzianita_iscrizione");
        if (e == nullptr) {
            return;
        }
        locate("seniority", *e);
        criteria::SeniorityRule r;
        r.points_per_month = decimal_parameter(e->child("punti_per_mese"), "seniority.points_per_month");
        r.max_months = int_parameter(e->child("mesi_massimi"), "seniority.max_months");
        r.flat_above_months = int_parameter(e->child("forfait_oltre_mesi"), "seniority.flat_above_months");
        r.flat_points = decimal_parameter(e->child("forfait_punti"), "seniority.flat_points");
        r.conventional_date = date_parameter(e->child("data_convenzionale"), "seniority.conventional_date");
        m_c.seniority = std::move(r);
    }

    void invalidity() {
        const Element* e = m_root.child("invalidita");
        if (e == nullptr) {
            return;
        }
        locate("invalidity", *e);
        criteria::InvalidityRule r;
        r.form = attribute(*e, "forma") == "fasce" ? criteria::InvalidityRule::Form::bands
                                                   : criteria::InvalidityRule::Form::percentage;
        r.points_per_pct = decimal_parameter(e->child("punti_per_punto"), "invalidity.points_per_pct");
        r.max_pct = int_parameter(e->child("percentuale_massima"), "invalidity.max_pct");
        if (const Element* bands = e->child("fasce")) {
            locate("invalidity.bands", *bands);
            const Provenance basis = provenance(*bands, "invalidity.bands");
            r.bands.status = basis.status;
            r.bands.source = basis.source;
            const auto list = bands->children_named("fascia");
            if (!list.empty()) {
                r.bands.value.emplace();
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string name = indexed("invalidity.bands", i);
                locate(name, *list[i]);
                const auto from = integer(*list[i], attribute(*list[i], "da"), name);
                const auto to = integer(*list[i], attribute(*list[i], "a"), name);
                const auto points = decimal(*list[i], attribute(*list[i], "punti"), name);
                if (from && to && points) {
                    r.bands.value->push_back({*from, *to, *points});
                }
            }
        }
        r.public_employers_only = flag(*e->child("solo_datori_pubblici"), "invalidity.public_employers_only");
        m_c.invalidity = std::move(r);
    }

    void income() {
        const Element* e = m_root.child("reddito");
        if (e == nullptr) {
            return;
        }
        locate("income", *e);
        criteria::IncomeRule r;
        r.threshold = decimal_parameter(e->child("soglia"), "income.threshold");
        r.points_above = decimal_parameter(e->child("punti_sopra_soglia"), "income.points_above");
        r.block = decimal_parameter(e->child("blocco"), "income.block");
        r.points_per_block = decimal_parameter(e->child("punti_per_blocco"), "income.points_per_block");
        r.partial_blocks_count = flag(*e->child("blocchi_parziali"), "income.partial_blocks_count");
        r.missing_points = decimal_parameter(e->child("mancante"), "income.missing_points");
        r.max_years_back = int_parameter(e->child("anni_massimi"), "income.max_years_back");
        m_c.income = std::move(r);
    }

    // The listed tie-breaks; the protocol is appended when the file leaves it out.
    void tie_breaks() {
        const Element& e = *m_root.child("spareggi");
        locate("tie_breaks", e);
        m_c.settings["tie_breaks"] = provenance(e, "tie_breaks");
        bool protocol_listed = false;
        for (const Element* item : e.children_named("spareggio")) {
            const std::string name = indexed("tie_breaks", m_c.tie_breaks.size());
            locate(name, *item);
            const auto tie_break = criteria::parse_tie_break(item->text);
            if (!tie_break) {
                report(*item, name, "unknown tie-break '" + item->text + "' (known: " + known_tie_breaks() + ")");
                continue;
            }
            protocol_listed = protocol_listed || *tie_break == criteria::TieBreak::protocol;
            m_c.tie_breaks.push_back(*tie_break);
        }
        if (!protocol_listed) {
            m_c.tie_breaks.push_back(criteria::TieBreak::protocol);
        }
    }

    static std::string known_tie_breaks() {
        std::string names;
        for (const criteria::TieBreak t : criteria::all_tie_breaks()) {
            names += (names.empty() ? "" : ", ") + std::string(criteria::to_string(t));
        }
        return names;
    }

    void riesame() {
        m_c.riesame_days = int_parameter(m_root.child("riesame")->child("giorni"), "riesame_days");
    }

    const Element& m_root;
    Criteria m_c;
    std::map<std::string, const Element*> m_where;
    std::vector<std::string> m_messages;
};

}  // namespace

criteria::Criteria read_criteria_bytes(std::string_view bytes, const std::string& name,
                                       const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / criteria_schema_file, std::string(criteria_namespace)};
    const Element root = detail::read_element_tree(bytes, name, schema);
    return CriteriaReading(root).read();
}

}  // namespace gradus::xml

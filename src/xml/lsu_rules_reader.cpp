#include "gradus/xml/lsu_rules_reader.hpp"

#include "criteria_tree.hpp"

#include <charconv>

namespace gradus::xml {

namespace {

using detail::Element;
using lsu::Rule;

// Maps a schema-valid rule file to the model and gathers every problem with its place.
class RulesReading {
public:
    explicit RulesReading(const Element& root) : m_root(root) {}

    lsu::RuleSet read() {
        lsu::RuleSet r;
        r.id = text_attribute(m_root, "id");
        r.regime = *lsu::parse_regime(text_attribute(m_root, "regime"));
        r.act = text_attribute(*m_root.child("atto"), "estremi");
        for (const Element* f : m_root.child("fonti")->children_named("fonte")) {
            r.sources.push_back({text_attribute(*f, "id"), text_attribute(*f, "titolo"), text_attribute(*f, "url")});
        }
        m_sources = &r.sources;
        const Element& validity = *m_root.child("validita");
        r.valid_from = date(*validity.child("dal"));
        if (const Element* to = validity.child("al")) r.valid_to = date(*to);

        const Element& status = *m_root.child("stato");
        r.status.admitted = list<lsu::BenefitKind>(*status.child("ammessi"), "tipo", &lsu::parse_benefit_kind);
        r.status.within_employment = optional_flag(status.child("in_costanza_di_rapporto"));
        r.status.cigs_zero_hours = optional_flag(status.child("cigs_zero_ore"));
        if (const Element* e = m_root.child("residenza")) {
            r.residence = rule<lsu::ResidenceArea>(*e, [](const std::string& t) { return lsu::parse_residence_area(t); });
        }
        r.qualifica = optional_flag(m_root.child("qualifica"));
        r.residual_longer_than_project = optional_flag(m_root.child("residuo_piu_lungo_del_progetto"));
        const Element& hours = *m_root.child("orario");
        r.hours.proportional = optional_flag(hours.child("proporzionale"));
        r.hours.min_weekly = optional_hours(hours.child("minimo_settimanale"));
        r.hours.max_weekly = optional_hours(hours.child("massimo_settimanale"));
        r.hours.max_daily = optional_hours(hours.child("massimo_giornaliero"));
        if (const Element* e = m_root.child("over60")) {
            r.over60 = lsu::Over60Rule{integer(*e->child("eta_minima")), *optional_hours(e->child("massimo_settimanale"))};
        }
        for (const Element* d : m_root.children_named("durata")) {
            const std::string* tipologia = d->attribute("tipologia");
            r.durations.push_back({tipologia ? *tipologia : "", integer(*d->child("mesi_massimi")),
                                   integer(*d->child("proroghe_massime")), integer(*d->child("mesi_per_proroga"))});
        }
        if (const Element* e = m_root.child("priorita")) {
            r.priority = list<lsu::PriorityKey>(*e, "chiave", &lsu::parse_priority_key);
        }
        const Element& service = *m_root.child("servizio");
        r.service.lep = text_attribute(service, "lep");
        r.service.sap_code = rule<std::string>(*service.child("codice_sap"),
                                               [](const std::string& t) { return std::optional<std::string>(t); });
        if (!m_messages.empty()) throw ConfigError(joined());
        return r;
    }

private:
    static std::string text_attribute(const Element& e, std::string_view name) {
        const std::string* value = e.attribute(name);
        return value ? *value : std::string();
    }

    void report(const Element& e, const std::string& message) {
        m_messages.push_back(e.where.to_string() + ": <" + e.path + ">: " + message);
    }

    std::string joined() const {
        std::string text;
        for (const auto& m : m_messages) text += (text.empty() ? "" : "\n") + m;
        return text;
    }

    Date date(const Element& e) {
        try {
            return Date::parse_iso(e.text);
        } catch (const ParseError& error) {
            report(e, error.what());
            return {};
        }
    }

    // Status, source and article of a parameter element, checked against its value's presence.
    template <class T>
    Rule<T> provenance(const Element& e, bool has_value) {
        Rule<T> r;
        r.article = text_attribute(e, "articolo");
        r.parameter.source = text_attribute(e, "fonte");
        r.parameter.status = *criteria::parse_verification(text_attribute(e, "stato"));
        const bool unknown = r.parameter.status == criteria::Verification::unknown;
        if (unknown && has_value) report(e, "stato N (not found) but a value is given");
        if (!unknown && !has_value) report(e, "no value, but stato is not N");
        bool declared = false;
        for (const auto& s : *m_sources) declared = declared || s.id == r.parameter.source;
        if (!declared) report(e, "fonte '" + r.parameter.source + "' is not among <fonti>");
        return r;
    }

    template <class T, class Parse>
    Rule<T> rule(const Element& e, Parse parse) {
        Rule<T> r = provenance<T>(e, !e.text.empty());
        if (!e.text.empty()) {
            r.parameter.value = parse(e.text);
            if (!r.parameter.value) report(e, "unknown value '" + e.text + "'");
        }
        return r;
    }

    template <class T>
    Rule<std::vector<T>> list(const Element& e, std::string_view item, std::optional<T> (*parse)(std::string_view)) {
        const auto items = e.children_named(item);
        Rule<std::vector<T>> r = provenance<std::vector<T>>(e, !items.empty());
        if (items.empty()) return r;
        r.parameter.value.emplace();
        for (const Element* i : items) {
            if (const auto v = parse(i->text)) r.parameter.value->push_back(*v);
            else report(*i, "unknown value '" + i->text + "'");
        }
        return r;
    }

    std::optional<Rule<bool>> optional_flag(const Element* e) {
        if (!e) return std::nullopt;
        return rule<bool>(*e, [](const std::string& t) { return std::optional<bool>(t == "true"); });
    }

    std::optional<Rule<Decimal>> optional_hours(const Element* e) {
        if (!e) return std::nullopt;
        return rule<Decimal>(*e, [](const std::string& t) { return std::optional<Decimal>(Decimal::parse(t)); });
    }

    Rule<int> integer(const Element& e) {
        return rule<int>(e, [](const std::string& t) {
            int v = 0;
            const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
            return ec == std::errc() && end == t.data() + t.size() ? std::optional<int>(v) : std::nullopt;
        });
    }

    const Element& m_root;
    const std::vector<criteria::Source>* m_sources = nullptr;
    std::vector<std::string> m_messages;
};

Element root_named(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                         std::string_view root) {
    const Schema schema{schema_dir / lsu_rules_schema_file, std::string(lsu_rules_namespace)};
    Element e = detail::read_element_tree(bytes, name, schema);
    if (e.name != root) {
        throw ConfigError(name + ": the root element is <" + e.name + ">, expected <" + std::string(root) + ">");
    }
    return e;
}

}  // namespace

lsu::RuleSet read_lsu_rules(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir) {
    const Element root = root_named(bytes, name, schema_dir, "regole");
    return RulesReading(root).read();
}

lsu::CompatibilityTable read_lsu_compatibility(std::string_view bytes, const std::string& name,
                                               const std::filesystem::path& schema_dir) {
    const Element root = root_named(bytes, name, schema_dir, "compatibilita");
    lsu::CompatibilityTable table;
    table.id = *root.attribute("id");
    for (const Element* pair : root.children_named("coppia")) {
        table.pairs.push_back({*pair->attribute("qualifica"), *pair->attribute("mansione")});
    }
    return table;
}

}  // namespace gradus::xml

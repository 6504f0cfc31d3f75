#include "gradus/xml/lep_parameters_reader.hpp"

#include "lep_elements.hpp"

namespace gradus::xml {

namespace {

using detail::attribute_or_empty;
using detail::Element;

struct Period {
    Date from;
    std::optional<Date> until;
    criteria::Provenance provenance;
};

// The schema has checked the forms of the dates, the status and the source reference.
Period period_of(const Element& e) {
    Period p;
    p.from = Date::parse_iso(attribute_or_empty(e, "dal"));
    if (const std::string* until = e.attribute("al")) {
        p.until = Date::parse_iso(*until);
    }
    p.provenance.status = *criteria::parse_verification(attribute_or_empty(e, "stato"));
    p.provenance.source = attribute_or_empty(e, "fonte");
    return p;
}

services::DatedValue value_of(const Element& e) {
    const Period p = period_of(e);
    services::DatedValue v{p.from, p.until, {}};
    v.value.status = p.provenance.status;
    v.value.source = p.provenance.source;
    if (!e.text.empty()) {
        v.value.value = Decimal::parse(e.text);
    }
    return v;
}

services::SanctionLadder ladder_of(const Element& e) {
    const Period p = period_of(e);
    services::SanctionLadder l{*services::parse_breach(attribute_or_empty(e, "violazione")), p.from, p.until,
                               p.provenance, {}};
    for (const Element& step : e.children) {
        if (step.name == "decurtazione") {
            l.steps.push_back({std::stoi(attribute_or_empty(step, "giorni")), false});
        } else {
            l.steps.push_back({0, true});
        }
    }
    return l;
}

}  // namespace

services::RuleParameters read_lep_parameters(std::string_view bytes, const std::string& name,
                                             const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / lep_parameters_schema_file, std::string(lep_parameters_namespace)};
    const Element root = detail::read_element_tree(bytes, name, schema);
    std::map<std::string, std::vector<services::DatedValue>, std::less<>> values;
    for (const Element* p : root.children_named("parametro")) {
        auto& dated = values[attribute_or_empty(*p, "nome")];
        for (const Element* v : p->children_named("valore")) {
            dated.push_back(value_of(*v));
        }
    }
    std::vector<services::SanctionLadder> ladders;
    for (const Element* s : root.children_named("sanzioni")) {
        ladders.push_back(ladder_of(*s));
    }
    services::RuleParameters parameters(attribute_or_empty(root, "id"), std::move(values), std::move(ladders));
    detail::refuse_problems(name, "the person-service parameters are not usable",
                            services::check_parameters(parameters));
    return parameters;
}

}  // namespace gradus::xml

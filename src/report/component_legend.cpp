#include "gradus/report/component_legend.hpp"

#include <algorithm>

namespace gradus::report {

namespace {

template <class T>
void cite(std::vector<std::string>& ids, const criteria::Parameter<T>& parameter) {
    if (!parameter.source.empty() && std::find(ids.begin(), ids.end(), parameter.source) == ids.end()) {
        ids.push_back(parameter.source);
    }
}

// The source ids cited by the parameters behind one component, in the order they are declared.
std::vector<std::string> cited_sources(const criteria::Criteria& c, art16::Component kind) {
    std::vector<std::string> ids;
    switch (kind) {
        case art16::Component::base: cite(ids, c.base); break;
        case art16::Component::isee:
            if (!c.isee) break;
            cite(ids, c.isee->step);
            cite(ids, c.isee->points_per_step);
            cite(ids, c.isee->cap);
            cite(ids, c.isee->start);
            cite(ids, c.isee->missing_points);
            cite(ids, c.isee->rounding);
            break;
        case art16::Component::did:
            if (c.did_bonus) cite(ids, c.did_bonus->points);
            break;
        case art16::Component::disoccupazione:
            if (!c.unemployment) break;
            cite(ids, c.unemployment->points_per_month);
            cite(ids, c.unemployment->max_months);
            break;
        case art16::Component::eta:
            if (c.age) cite(ids, c.age->brackets);
            break;
        case art16::Component::carichi:
            if (!c.dependants) break;
            cite(ids, c.dependants->points);
            cite(ids, c.dependants->disabled_points);
            cite(ids, c.dependants->disabled_threshold_pct);
            break;
    }
    return ids;
}

std::string description_of(art16::Component kind) {
    switch (kind) {
        case art16::Component::base: return "punteggio base";
        case art16::Component::isee: return "punti per l'ISEE del nucleo familiare";
        case art16::Component::did: return "punti per la dichiarazione di immediata disponibilità (DID)";
        case art16::Component::disoccupazione: return "punti per i mesi di disoccupazione";
        case art16::Component::eta: return "punti per l'età";
        case art16::Component::carichi: return "punti per i familiari a carico";
    }
    return {};
}

criteria::Source source_named(const criteria::Criteria& c, const std::string& id) {
    const auto it = std::find_if(c.sources.begin(), c.sources.end(),
                                 [&id](const criteria::Source& s) { return s.id == id; });
    return it == c.sources.end() ? criteria::Source{id, {}, {}} : *it;
}

}  // namespace

std::vector<ComponentLegend> component_legend(const criteria::Criteria& criteria,
                                              const std::vector<art16::Component>& components) {
    std::vector<ComponentLegend> legend;
    for (const art16::Component kind : components) {
        ComponentLegend entry{kind, description_of(kind), {}};
        for (const std::string& source : cited_sources(criteria, kind)) {
            entry.sources.push_back(source_named(criteria, source));
        }
        legend.push_back(std::move(entry));
    }
    return legend;
}

}  // namespace gradus::report

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
std::vector<std::string> cited_sources(const criteria::Criteria& c, std::string_view id) {
    std::vector<std::string> ids;
    if (id == "base") {
        cite(ids, c.base);
    } else if (id == "isee" && c.isee) {
        cite(ids, c.isee->step);
        cite(ids, c.isee->points_per_step);
        cite(ids, c.isee->cap);
        cite(ids, c.isee->start);
        cite(ids, c.isee->missing_points);
        cite(ids, c.isee->rounding);
    } else if (id == "did" && c.did_bonus) {
        cite(ids, c.did_bonus->points);
    } else if (id == "disoccupazione" && c.unemployment) {
        cite(ids, c.unemployment->points_per_month);
        cite(ids, c.unemployment->max_months);
    } else if (id == "eta" && c.age) {
        cite(ids, c.age->brackets);
    } else if (id == "carichi" && c.dependants) {
        cite(ids, c.dependants->points);
        cite(ids, c.dependants->disabled_points);
        cite(ids, c.dependants->disabled_threshold_pct);
    }
    return ids;
}

std::string description_of(std::string_view id) {
    if (id == "base") return "punteggio base";
    if (id == "isee") return "punti per l'ISEE del nucleo familiare";
    if (id == "did") return "punti per la dichiarazione di immediata disponibilità (DID)";
    if (id == "disoccupazione") return "punti per i mesi di disoccupazione";
    if (id == "eta") return "punti per l'età";
    if (id == "carichi") return "punti per i familiari a carico";
    return {};
}

criteria::Source source_named(const criteria::Criteria& c, const std::string& id) {
    const auto it = std::find_if(c.sources.begin(), c.sources.end(),
                                 [&id](const criteria::Source& s) { return s.id == id; });
    return it == c.sources.end() ? criteria::Source{id, {}, {}} : *it;
}

}  // namespace

std::vector<ComponentLegend> component_legend(const criteria::Criteria& criteria,
                                              const std::vector<std::string>& component_ids) {
    std::vector<ComponentLegend> legend;
    for (const std::string& id : component_ids) {
        ComponentLegend entry{id, description_of(id), {}};
        for (const std::string& source : cited_sources(criteria, id)) {
            entry.sources.push_back(source_named(criteria, source));
        }
        legend.push_back(std::move(entry));
    }
    return legend;
}

}  // namespace gradus::report

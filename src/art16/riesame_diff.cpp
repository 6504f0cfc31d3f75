#include "gradus/art16/riesame_diff.hpp"

#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <map>

namespace gradus::art16 {
namespace {

Movement movement(const Standing& b, const Standing& a) {
    if (!b.position && a.position) return Movement::entered;
    if (b.position && !a.position) return Movement::left;
    if (!b.position) return Movement::unchanged;
    if (*b.position != *a.position) return Movement::moved;
    if (*b.score != *a.score || b.esito != a.esito) return Movement::rescored;
    return Movement::unchanged;
}

}  // namespace

std::string_view to_string(Movement m) {
    switch (m) {
        case Movement::entered: return "entra";
        case Movement::left: return "esce";
        case Movement::moved: return "si sposta";
        case Movement::rescored: return "punteggio o esito cambiato";
        case Movement::unchanged: return "invariato";
    }
    return "invariato";
}

Standings::Standings(const Graduatoria& g) {
    m_by_protocol.reserve(g.ranked.size() + g.excluded.size());
    for (const auto& r : g.ranked) {
        m_by_protocol.emplace_back(g.candidature[r.candidatura].protocol, Standing{r.position, r.score, r.esito});
    }
    for (const auto& e : g.excluded) m_by_protocol.emplace_back(g.candidature[e.candidatura].protocol, Standing{});
    // By protocol, a ranked entry before an excluded one of the same protocol; entries that tie
    // on both are equal, so the order is total in what it keeps.
    tbb::parallel_sort(m_by_protocol.begin(), m_by_protocol.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return a.second.position.has_value() && !b.second.position.has_value();
    });
    m_by_protocol.erase(std::unique(m_by_protocol.begin(), m_by_protocol.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; }),
                        m_by_protocol.end());
}

Standing Standings::of(std::string_view protocol) const {
    const auto it = std::lower_bound(m_by_protocol.begin(), m_by_protocol.end(), protocol,
                                     [](const auto& entry, std::string_view p) { return entry.first < p; });
    return it != m_by_protocol.end() && it->first == protocol ? it->second : Standing{};
}

std::vector<StandingChange> compare(const Standings& before, const Graduatoria& after) {
    std::vector<StandingChange> changes;
    const auto consider = [&](const Candidatura& c, const Standing& now) {
        const Standing was = before.of(c.protocol);
        StandingChange change{c.protocol, c.surname, c.name, was, now, movement(was, now), 0};
        if (change.movement == Movement::unchanged) return;
        if (was.position && now.position) change.places = *was.position - *now.position;
        changes.push_back(std::move(change));
    };
    for (const auto& r : after.ranked) consider(after.candidature[r.candidatura], {r.position, r.score, r.esito});
    std::map<std::string, const Candidatura*> excluded;
    for (const auto& e : after.excluded) excluded[after.candidature[e.candidatura].protocol] = &after.candidature[e.candidatura];
    for (const auto& [protocol, c] : excluded) consider(*c, {});
    return changes;
}

}  // namespace gradus::art16

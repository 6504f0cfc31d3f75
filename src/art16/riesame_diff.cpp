#include "gradus/art16/riesame_diff.hpp"

#include <map>

namespace gradus::art16 {
namespace {

std::map<std::string, Standing> standings(const Graduatoria& g) {
    std::map<std::string, Standing> out;
    for (const auto& e : g.excluded) out[g.candidature[e.candidatura].protocol] = {};
    for (const auto& r : g.ranked) out[g.candidature[r.candidatura].protocol] = {r.position, r.score, r.esito};
    return out;
}

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

std::vector<StandingChange> compare(const Graduatoria& before, const Graduatoria& after) {
    const auto old_standing = standings(before);
    std::vector<StandingChange> changes;
    const auto consider = [&](const Candidatura& c, const Standing& now) {
        const auto it = old_standing.find(c.protocol);
        const Standing was = it == old_standing.end() ? Standing{} : it->second;
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

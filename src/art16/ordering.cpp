#include "ordering.hpp"

namespace gradus::art16 {

criteria::RankFacts rank_facts(const Candidatura& c, const Scored& s) {
    criteria::RankFacts f;
    f.group = s.group;
    f.score = s.score;
    f.birth = c.birth;
    f.dependants_counted = s.dependants_counted;
    f.dependant_points = s.dependant_points;
    f.unemployment_months = s.unemployment_months;
    f.did = s.did;
    f.valid_isee = s.valid_isee;
    f.submitted_at = c.submitted_at;
    f.protocol = c.protocol;
    return f;
}

void explain_tie(const criteria::Criteria& criteria, const RankedCandidate& rc, Explanation& trail) {
    if (rc.position <= 1 || rc.decided_by == "punteggio" || rc.decided_by == "gruppo") return;
    trail.add("ordine.parita", criteria.act, rc.decided_by,
              "A parità di punteggio con la posizione " + std::to_string(rc.position - 1) + ", decide il criterio '" +
                  rc.decided_by + "'.");
}

}  // namespace gradus::art16

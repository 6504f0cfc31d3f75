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

}  // namespace gradus::art16

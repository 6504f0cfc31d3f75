#include "posts.hpp"

#include <algorithm>

namespace gradus::art16 {

// D.Lgs. 66/2010 art. 1014 and art. 678 c. 9 (reserve for Forze Armate volunteers) and the other
// reserves of the avviso: holders take the reserved posts in ranking order, unfilled ones return.
void assign_posts(Graduatoria& g) {
    int reserved_total = 0;
    for (const auto& r : g.avviso.reserved) {
        int filled = 0;
        for (auto& rc : g.ranked) {
            if (filled == r.count) break;
            if (rc.esito != Esito::idoneo) continue;
            const auto& claims = g.candidature[rc.candidatura].reserve_claims;
            if (std::find(claims.begin(), claims.end(), r.kind) == claims.end()) continue;
            rc.esito = Esito::posto_riservato;
            rc.reserve_kind = r.kind;
            if (g.trails_kept) explain_post(rc, rc.explanation);
            ++filled;
        }
        reserved_total += r.count;
        g.posts_reserved_filled += filled;
        g.posts_returned_to_general += r.count - filled;
    }
    int general = g.avviso.posts - reserved_total + g.posts_returned_to_general;
    for (auto& rc : g.ranked) {
        if (general == 0) break;
        if (rc.esito != Esito::idoneo) continue;
        rc.esito = Esito::posto;
        if (g.trails_kept) explain_post(rc, rc.explanation);
        --general;
    }
}

void explain_post(const RankedCandidate& rc, Explanation& trail) {
    if (rc.esito == Esito::posto_riservato) {
        trail.add("posti.riserva", "Avviso: riserva " + *rc.reserve_kind, "posto riservato",
                  "Primo titolare della riserva '" + *rc.reserve_kind +
                      "' non ancora chiamato, in ordine di graduatoria.");
    } else if (rc.esito == Esito::posto) {
        trail.add("posti.generali", "L. 56/1987 art. 16 (avviamento in ordine di graduatoria)", "posto",
                  "Chiamato per un posto non riservato, in ordine di graduatoria.");
    }
}

}  // namespace gradus::art16

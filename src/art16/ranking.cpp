#include "gradus/art16/ranking.hpp"

#include "eligibility.hpp"
#include "ordering.hpp"
#include "posts.hpp"
#include "scoring.hpp"

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

namespace gradus::art16 {
namespace {

void check_criteria_usable(const Avviso& avviso, const criteria::Criteria& criteria, const RankOptions& options) {
    if (!criteria.base.known()) throw ConfigError("criteria " + criteria.id + ": the base score is unknown");
    const auto unknown = criteria.unknown_parameters();
    if (!unknown.empty() && !options.allow_unknown_parameters) {
        std::string names;
        for (const auto& n : unknown) names += (names.empty() ? "" : ", ") + n;
        throw ConfigError("criteria " + criteria.id + " mark as unknown [N] parameters the ranking needs (" + names +
                          "); refusing to rank (use --allow-unknown to rank without them, marked in every explanation)");
    }
    int reserved = 0;
    for (const auto& r : avviso.reserved) reserved += r.count;
    if (reserved > avviso.posts) {
        throw InputError({avviso.origin, avviso.id, "riserve", "riserve_posti",
                          "reserved posts (" + std::to_string(reserved) + ") exceed the posts (" +
                              std::to_string(avviso.posts) + ")"});
    }
}

// Rearranges `items` so that items[p] is the one that was at items[from[p]], moving each once
// along the cycles of the permutation; `from` is used up.
template <class T>
void put_in_order(std::vector<T>& items, std::vector<std::size_t>& from) {
    const std::size_t done = from.size();
    for (std::size_t start = 0; start < from.size(); ++start) {
        if (from[start] == done) continue;
        T held = std::move(items[start]);
        std::size_t p = start;
        while (from[p] != start) {
            const std::size_t next = from[p];
            items[p] = std::move(items[next]);
            from[p] = done;
            p = next;
        }
        items[p] = std::move(held);
        from[p] = done;
    }
}

}  // namespace

std::string_view to_string(Esito e) {
    switch (e) {
        case Esito::posto_riservato: return "posto_riservato";
        case Esito::posto: return "posto";
        case Esito::idoneo: return "idoneo";
        case Esito::escluso: return "escluso";
    }
    return "escluso";
}

Graduatoria rank(const Avviso& avviso, const criteria::Criteria& criteria, std::vector<Candidatura> candidature,
                 const RankOptions& options) {
    check_criteria_usable(avviso, criteria, options);

    Graduatoria g{avviso, criteria, std::move(candidature), {}, {}, 0, 0, options.keep_trails};
    Eligibility eligibility = check_eligibility(g.avviso, g.candidature);
    g.excluded = std::move(eligibility.excluded);

    // Each admitted candidate is scored straight into its RankedCandidate and its ordering facts;
    // the candidates are then put in position order in place, so no third copy is ever held.
    const auto& admitted = eligibility.admitted;
    std::vector<RankedCandidate> ranked(admitted.size());
    std::vector<OrderEntry> order(admitted.size());
    tbb::parallel_for(std::size_t{0}, admitted.size(), [&](std::size_t k) {
        const Candidatura& c = g.candidature[admitted[k]];
        Scored s = score_candidate(g.avviso, g.criteria, c, g.trails_kept ? Trail::kept : Trail::skipped);
        order[k] = {k, rank_facts(c, s)};
        RankedCandidate& rc = ranked[k];
        rc.candidatura = admitted[k];
        rc.group = s.group;
        rc.score = s.score;
        rc.components = std::move(s.components);
        rc.explanation = std::move(s.explanation);
    });
    // A total order, so the unstable parallel sort gives the same result on any thread count.
    const RankingOrder by_rank(g.criteria);
    tbb::parallel_sort(order.begin(), order.end(), by_rank);

    // Each position reads its neighbour's facts and writes only its own candidate: in parallel.
    std::vector<std::size_t> by_position(order.size());
    tbb::parallel_for(std::size_t{0}, order.size(), [&](std::size_t p) {
        RankedCandidate& rc = ranked[order[p].candidatura];
        rc.position = static_cast<int>(p + 1);
        rc.decided_by = p == 0 ? std::string() : by_rank.deciding_key(order[p - 1], order[p]);
        if (g.trails_kept) explain_tie(g.criteria, rc, rc.explanation);
        by_position[p] = order[p].candidatura;
    });
    std::vector<OrderEntry>().swap(order);
    put_in_order(ranked, by_position);
    g.ranked = std::move(ranked);
    assign_posts(g);
    return g;
}

Explanation explanation_of(const Graduatoria& g, const RankedCandidate& rc) {
    if (g.trails_kept) return rc.explanation;
    Explanation trail = score_candidate(g.avviso, g.criteria, g.candidature[rc.candidatura], Trail::kept).explanation;
    explain_tie(g.criteria, rc, trail);
    explain_post(rc, trail);
    return trail;
}

}  // namespace gradus::art16

#include "gradus/art16/ranking.hpp"

#include "eligibility.hpp"
#include "ordering.hpp"
#include "posts.hpp"
#include "scoring.hpp"

#include "gradus/art16/candidatura_prefetch.hpp"

#include <oneapi/tbb/blocked_range.h>
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

// The second scoring reads the records in rank order: each is asked for ahead (all of its cache
// lines), and its dependants, which live elsewhere, once the record has had time to arrive.
constexpr std::size_t dependants_lead = prefetch_lead / 2;

void prefetch_dependants(const Candidatura& c) {
    if (!c.dependants.empty()) __builtin_prefetch(c.dependants.data());
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

std::string_view to_string(Component c) {
    switch (c) {
        case Component::base: return "base";
        case Component::isee: return "isee";
        case Component::did: return "did";
        case Component::disoccupazione: return "disoccupazione";
        case Component::eta: return "eta";
        case Component::carichi: return "carichi";
    }
    return "base";
}

Graduatoria rank(const Avviso& avviso, const criteria::Criteria& criteria, std::vector<Candidatura> candidature,
                 const RankOptions& options) {
    check_criteria_usable(avviso, criteria, options);

    Graduatoria g{avviso, criteria, std::move(candidature), {}, {}, 0, 0, options.keep_trails};
    Eligibility eligibility = check_eligibility(g.avviso, g.candidature);
    g.excluded = std::move(eligibility.excluded);

    // The ordering reads only each candidate's facts: they are sorted, read for the deciding keys and
    // dropped before the ranked records are built, so the two never take memory at once. Each
    // candidate is scored twice for it, which costs far less than holding both for a national avviso.
    const auto& admitted = eligibility.admitted;
    std::vector<OrderEntry> order(admitted.size());
    tbb::parallel_for(std::size_t{0}, admitted.size(), [&](std::size_t k) {
        const Candidatura& c = g.candidature[admitted[k]];
        order[k] = {k, rank_facts(c, score_candidate(g.avviso, g.criteria, c, Trail::skipped))};
    });
    // A total order, so the unstable parallel sort gives the same result on any thread count.
    const RankingOrder by_rank(g.criteria);
    tbb::parallel_sort(order.begin(), order.end(), by_rank);

    std::vector<std::size_t> by_position(order.size());
    std::vector<std::string_view> decided_by(order.size());
    tbb::parallel_for(std::size_t{0}, order.size(), [&](std::size_t p) {
        by_position[p] = admitted[order[p].candidatura];
        if (p > 0) decided_by[p] = by_rank.deciding_key(order[p - 1], order[p]);
    });
    std::vector<OrderEntry>().swap(order);

    g.ranked.resize(by_position.size());
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, by_position.size()), [&](const auto& range) {
        for (std::size_t p = range.begin(); p < range.end(); ++p) {
            if (p + prefetch_lead < range.end()) prefetch(g.candidature[by_position[p + prefetch_lead]]);
            if (p + dependants_lead < range.end()) prefetch_dependants(g.candidature[by_position[p + dependants_lead]]);
            RankedCandidate& rc = g.ranked[p];
            rc.candidatura = by_position[p];
            Scored s = score_candidate(g.avviso, g.criteria, g.candidature[rc.candidatura],
                                       g.trails_kept ? Trail::kept : Trail::skipped);
            rc.position = static_cast<int>(p + 1);
            rc.group = s.group;
            rc.score = s.score;
            rc.components = std::move(s.components);
            rc.decided_by = decided_by[p];
            rc.explanation = std::move(s.explanation);
            if (g.trails_kept) explain_tie(g.criteria, rc, rc.explanation);
        }
    });
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

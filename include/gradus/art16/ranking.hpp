#pragma once

#include "gradus/art16/graduatoria.hpp"

namespace gradus::art16 {

struct RankOptions {
    // Rank even when the criteria mark a needed parameter unknown ([N]): the component is left out
    // and every explanation says so. Off by default: an incomplete rule refuses to rank.
    bool allow_unknown_parameters = false;
    // Keep each ranked candidate's explanation trail in the result. Off for large rankings, where
    // the trails would cost several KB a candidate: explanation_of() rebuilds the same steps.
    bool keep_trails = true;
};

// Ranks the candidature of one avviso under one criteria version: eligibility first (every
// excluded record keeps its reason), then exact scores with their explanation, then a total order
// (group, score, the criteria's tie-breaks, protocol number), then the posts (reserved first).
// Pure and deterministic: the same inputs give the same result whatever the thread count.
Graduatoria rank(const Avviso& avviso, const criteria::Criteria& criteria, std::vector<Candidatura> candidature,
                 const RankOptions& options = {});

// A ranked candidate's explanation trail: its score's steps, the tie-break that placed it and the
// post it was called to. Read from the result when the ranking kept it, otherwise rebuilt from the
// candidatura and the ranking (pure, the same steps either way).
Explanation explanation_of(const Graduatoria& g, const RankedCandidate& rc);

}  // namespace gradus::art16

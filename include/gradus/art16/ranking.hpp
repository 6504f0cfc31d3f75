#pragma once

#include "gradus/art16/graduatoria.hpp"

namespace gradus::art16 {

struct RankOptions {
    // Rank even when the criteria mark a needed parameter unknown ([N]): the component is left out
    // and every explanation says so. Off by default: an incomplete rule refuses to rank.
    bool allow_unknown_parameters = false;
};

// Ranks the candidature of one avviso under one criteria version: eligibility first (every
// excluded record keeps its reason), then exact scores with their explanation, then a total order
// (group, score, the criteria's tie-breaks, protocol number), then the posts (reserved first).
// Pure and deterministic: the same inputs give the same result whatever the thread count.
Graduatoria rank(const Avviso& avviso, const criteria::Criteria& criteria, std::vector<Candidatura> candidature,
                 const RankOptions& options = {});

}  // namespace gradus::art16

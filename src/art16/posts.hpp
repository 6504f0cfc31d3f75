#pragma once

#include "gradus/art16/graduatoria.hpp"

namespace gradus::art16 {

// Assigns the avviso's posts along the ranking: each reserve's posts go to its holders in ranking
// order; reserved posts nobody can fill go back to the general posts, which follow the ranking.
void assign_posts(Graduatoria& g);

// The step that says which post a ranked candidate was called to; nothing for an idoneo.
void explain_post(const RankedCandidate& rc, Explanation& trail);

}  // namespace gradus::art16

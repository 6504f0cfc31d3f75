#pragma once

#include "gradus/cm/avviamento.hpp"
#include "gradus/cm/graduatoria.hpp"
#include "gradus/core/date.hpp"

#include <vector>

namespace gradus::cm {

// The avviamento's view of the people a graduatoria ranked, at `as_of`: position within their
// list, qualifiche, licence (any), contraindications mapped to the conditions of a post
// (locomotion difficulty: barriere_architettoniche), placed when `avviato` on or before `as_of`.
std::vector<AvviamentoCandidate> avviamento_candidates(const Graduatoria& g, const Date& as_of);

}  // namespace gradus::cm

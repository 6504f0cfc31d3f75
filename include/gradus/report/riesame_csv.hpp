#pragma once

#include "gradus/art16/rettifica.hpp"
#include "gradus/art16/riesame_diff.hpp"

#include <string>
#include <vector>

namespace gradus::report {

// rettifiche.csv: each riesame decision, applied or refused (late, unknown protocol) with why.
std::string rettifiche_csv(const std::vector<art16::RettificaVerdict>& verdicts);

// riesame.csv: who entered, who left, who moved and by how many places, each with the decision
// that concerned them or "effetto di altre rettifiche".
std::string riesame_csv(const std::vector<art16::StandingChange>& changes,
                        const std::vector<art16::RettificaVerdict>& verdicts);

}  // namespace gradus::report

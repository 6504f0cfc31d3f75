#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <optional>

namespace gradus::art16 {

// A candidate's score with its components and explanation, and the facts the tie-breaks compare.
struct Scored {
    Decimal score;
    std::vector<ScoreComponent> components;
    Explanation explanation;
    int group = 0;
    int dependants_counted = 0;
    Decimal dependant_points;
    int unemployment_months = 0;
    std::optional<Date> did;
    std::optional<Decimal> valid_isee;
};

// Whether a computation builds its explanation trail or only its result.
enum class Trail { kept, skipped };

// Scores one admitted candidate. Components whose parameters are unknown ([N]) are left out and the
// explanation says so (rank() refuses such criteria unless told otherwise). With Trail::skipped the
// explanation stays empty and everything else is the same.
Scored score_candidate(const Avviso& avviso, const criteria::Criteria& criteria, const Candidatura& candidatura,
                       Trail trail = Trail::kept);

}  // namespace gradus::art16

#pragma once

#include "gradus/criteria/criteria.hpp"

#include <string>
#include <vector>

namespace gradus::criteria {

// One broken rule of a criteria version: the parameter by its model name ("isee.step",
// "age.brackets[2]", "tie_breaks[0]", "valid_to", "sources[1]") and what is wrong with it.
struct Problem {
    std::string parameter;
    std::string message;
};

// Every check a criteria version must pass before a computation may use it: a value exactly
// when the status is not unknown, every source id declared, the base known, ISEE step > 0 and in
// whole cents, caps >= 0, age brackets strictly ascending, the invalidity threshold in 0..100,
// the validity period in order, the tie-breaks distinct and ending with the protocol only, the
// score scale in 0..4 and every point value exact at that scale. Empty when all pass.
std::vector<Problem> validate(const Criteria& criteria);

}  // namespace gradus::criteria

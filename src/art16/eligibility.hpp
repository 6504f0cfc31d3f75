#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <vector>

namespace gradus::art16 {

struct Eligibility {
    std::vector<std::size_t> admitted;  // indices into the candidature, in input order
    std::vector<Exclusion> excluded;    // in input order
};

// Who may be ranked: applications inside the window, a valid codice fiscale, one application per
// person (the latest counts), one record per protocol number, and the avviso's requirements.
Eligibility check_eligibility(const Avviso& avviso, const std::vector<Candidatura>& candidature);

}  // namespace gradus::art16

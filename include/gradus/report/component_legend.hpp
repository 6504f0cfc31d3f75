#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>
#include <vector>

namespace gradus::report {

// What a score component column means and which sources of the criteria file its parameters cite.
struct ComponentLegend {
    art16::Component kind;
    std::string description;               // Italian
    std::vector<criteria::Source> sources;  // distinct, in parameter order; only the id when the file lacks it
};

std::vector<ComponentLegend> component_legend(const criteria::Criteria& criteria,
                                              const std::vector<art16::Component>& components);

}  // namespace gradus::report

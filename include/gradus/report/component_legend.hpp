#pragma once

#include "gradus/criteria/criteria.hpp"

#include <string>
#include <vector>

namespace gradus::report {

// What a score component column means and which sources of the criteria file its parameters cite.
struct ComponentLegend {
    std::string id;
    std::string description;               // Italian; empty for a component the report does not know
    std::vector<criteria::Source> sources;  // distinct, in parameter order; only the id when the file lacks it
};

std::vector<ComponentLegend> component_legend(const criteria::Criteria& criteria,
                                              const std::vector<std::string>& component_ids);

}  // namespace gradus::report

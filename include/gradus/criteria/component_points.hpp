#pragma once

#include "gradus/core/decimal.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>

namespace gradus::criteria {

// Points of one score component with the sentence that explains how they came about.
struct ComponentPoints {
    Decimal points;
    std::string note;
};

// "act [tag source]": where a parameter's value comes from, for an explanation step.
template <class T>
std::string cite(const Criteria& criteria, const Parameter<T>& p) {
    std::string s = criteria.act + " [" + std::string(to_tag(p.status));
    if (!p.source.empty()) s += " " + p.source;
    return s + "]";
}

// Points for a valid ISEE of `value` euro under a rule whose step, points per step, rounding and
// (allowance form) start are known. Shared by every procedure that scores the ISEE.
Decimal isee_points(const IseeRule& rule, const Decimal& value);
// The same points with the sentence that explains them.
ComponentPoints explained_isee_points(const IseeRule& rule, const Decimal& value);

// The points one dependant brings, and whether the disabled rate applied; the rule's points are known.
struct DependantPoints {
    Decimal points;
    bool disabled_rate = false;
};
DependantPoints dependant_points(const DependantRule& rule, int invalidity_pct);

}  // namespace gradus::criteria

#include "gradus/criteria/component_points.hpp"

namespace gradus::criteria {

namespace {

// The points, and the sentence in `note` when it is given: a ranking that keeps no trail scores
// every candidate without building sentences it would throw away.
Decimal isee_points(const IseeRule& r, const Decimal& value, std::string* note) {
    const Decimal& step_eur = *r.step.value;
    Decimal steps = Decimal::divide(value, step_eur, 0, *r.rounding.value);
    if (note) {
        *note = "ISEE " + value.to_italian() + " euro diviso il passo di " + step_eur.to_italian() +
                " euro e arrotondato (" + std::string(to_string(*r.rounding.value)) + "): " + steps.to_string() +
                " passi";
    }
    if (r.below_one_step_free && value < step_eur) {
        steps = Decimal(0);
        if (note) *note += "; ISEE inferiore a un passo: nessun punto (opzione dei criteri)";
    }
    Decimal points = steps * *r.points_per_step.value;
    if (r.form == IseeRule::Form::deduction) {
        if (r.cap.known()) {
            const Decimal& cap = *r.cap.value;
            if (points > cap) {
                points = cap;
                if (note) *note += "; limitato al massimo di " + cap.to_string();
            }
            if (points < -cap) {
                points = -cap;
                if (note) *note += "; limitato al massimo di " + cap.to_string();
            }
        }
    } else {
        points = *r.start.value + points;
        if (note) {
            *note += "; " + r.start.value->to_string() + " + " + steps.to_string() + " x " +
                     r.points_per_step.value->to_string() + " = " + points.to_string();
        }
        if (points.signum() < 0) {
            points = Decimal(0);
            if (note) *note += "; non sotto zero";
        }
    }
    if (note) *note += ".";
    return points;
}

}  // namespace

Decimal isee_points(const IseeRule& r, const Decimal& value) { return isee_points(r, value, nullptr); }

ComponentPoints explained_isee_points(const IseeRule& r, const Decimal& value) {
    ComponentPoints explained;
    explained.points = isee_points(r, value, &explained.note);
    return explained;
}

DependantPoints dependant_points(const DependantRule& r, int invalidity_pct) {
    const bool disabled = r.disabled_threshold_pct.known() && r.disabled_points.known() &&
                          invalidity_pct > *r.disabled_threshold_pct.value;
    return {disabled ? *r.disabled_points.value : *r.points.value, disabled};
}

}  // namespace gradus::criteria

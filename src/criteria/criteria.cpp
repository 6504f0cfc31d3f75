#include "gradus/criteria/criteria.hpp"

namespace gradus::criteria {

namespace {

// Collects the names of unknown parameters. A required parameter is unknown when it has no
// value; an optional one (a cap, the allowance start) only when the file declares it unknown,
// since one the file leaves out simply does not apply.
class UnknownNames {
public:
    template <class T>
    void always(const Parameter<T>& p, const char* name) {
        if (!p.known()) {
            m_names.emplace_back(name);
        }
    }

    template <class T>
    void if_declared(const Parameter<T>& p, const char* name) {
        if (!p.known() && !p.source.empty()) {
            m_names.emplace_back(name);
        }
    }

    std::vector<std::string> take() { return std::move(m_names); }

private:
    std::vector<std::string> m_names;
};

}  // namespace

bool Criteria::in_force_on(const Date& d) const {
    return valid_from <= d && (!valid_to || d <= *valid_to);
}

std::vector<std::string> Criteria::unknown_parameters() const {
    UnknownNames unknown;
    unknown.always(base, "base");
    if (isee) {
        unknown.always(isee->step, "isee.step");
        unknown.always(isee->points_per_step, "isee.points_per_step");
        if (isee->form == IseeRule::Form::allowance) {
            unknown.always(isee->start, "isee.start");
        }
        unknown.if_declared(isee->cap, "isee.cap");
        unknown.always(isee->missing_points, "isee.missing_points");
        unknown.always(isee->rounding, "isee.rounding");
    }
    if (did_bonus) {
        unknown.always(did_bonus->points, "did_bonus.points");
    }
    if (unemployment) {
        unknown.always(unemployment->points_per_month, "unemployment.points_per_month");
        unknown.if_declared(unemployment->max_months, "unemployment.max_months");
    }
    if (age) {
        unknown.always(age->brackets, "age.brackets");
    }
    if (dependants) {
        unknown.always(dependants->points, "dependants.points");
        unknown.if_declared(dependants->disabled_points, "dependants.disabled_points");
        unknown.if_declared(dependants->disabled_threshold_pct, "dependants.disabled_threshold_pct");
    }
    if (seniority) {
        unknown.always(seniority->points_per_month, "seniority.points_per_month");
        unknown.if_declared(seniority->max_months, "seniority.max_months");
        unknown.if_declared(seniority->flat_above_months, "seniority.flat_above_months");
        unknown.if_declared(seniority->flat_points, "seniority.flat_points");
        unknown.if_declared(seniority->conventional_date, "seniority.conventional_date");
    }
    if (invalidity) {
        if (invalidity->form == InvalidityRule::Form::percentage) {
            unknown.always(invalidity->points_per_pct, "invalidity.points_per_pct");
            unknown.if_declared(invalidity->max_pct, "invalidity.max_pct");
        } else {
            unknown.always(invalidity->bands, "invalidity.bands");
        }
    }
    if (income) {
        unknown.always(income->threshold, "income.threshold");
        unknown.always(income->points_above, "income.points_above");
        unknown.always(income->block, "income.block");
        unknown.always(income->points_per_block, "income.points_per_block");
        unknown.always(income->missing_points, "income.missing_points");
        unknown.always(income->max_years_back, "income.max_years_back");
    }
    return unknown.take();
}

std::vector<std::string> Criteria::unknown_settings() const {
    std::vector<std::string> names;
    const auto tie_breaks_basis = settings.find("tie_breaks");
    if (tie_breaks_basis != settings.end() && tie_breaks_basis->second.status == Verification::unknown) {
        names.emplace_back("tie_breaks");
    }
    if (!riesame_days.known()) {
        names.emplace_back("riesame_days");
    }
    return names;
}

}  // namespace gradus::criteria

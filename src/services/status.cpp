#include "gradus/services/status.hpp"

#include "gradus/core/errors.hpp"

namespace gradus::services {

namespace {

const Decimal& threshold(const RuleParameters& parameters, std::string_view name, const Date& on) {
    const DatedValue& v = parameters.in_force(name, on);
    if (!v.value.known()) {
        throw ConfigError("parameters " + parameters.id() + ": '" + std::string(name) + "' is unknown (stato N) on " +
                          on.to_iso());
    }
    return *v.value.value;
}

std::string over(std::string_view what, const Decimal& income, const Decimal& limit) {
    return std::string(what) + " " + income.to_italian() + " euro oltre la soglia di " + limit.to_italian() + " euro";
}

}  // namespace

std::string_view to_string(StatusEffect e) {
    switch (e) {
        case StatusEffect::kept: return "conservato";
        case StatusEffect::suspended: return "sospeso";
        case StatusEffect::lost: return "perso";
    }
    throw InternalError("unknown status effect");
}

StatusDecision status_for_income(const RuleParameters& parameters, const WorkIncome& income, const Date& on) {
    // DL 4/2019 art. 4 c. 15-quater; ANPAL circ. 1/2019: each income against its own threshold.
    if (income.employee) {
        const Decimal& limit = threshold(parameters, parameter::income_employee_euro, on);
        if (*income.employee > limit) {
            return {StatusEffect::lost, over("reddito da lavoro dipendente", *income.employee, limit)};
        }
    }
    if (income.self_employed) {
        const Decimal& limit = threshold(parameters, parameter::income_self_employed_euro, on);
        if (*income.self_employed > limit) {
            return {StatusEffect::lost, over("reddito da lavoro autonomo", *income.self_employed, limit)};
        }
    }
    return {StatusEffect::kept, "redditi entro le soglie in vigore il " + on.to_italian()};
}

StatusDecision status_after_contract(const RuleParameters& parameters, const Date& start,
                                     const std::optional<Date>& end, const Decimal& yearly_income) {
    // Contract of up to 6 months: suspension (ANPAL circ. 1/2019; Agenzia Piemonte Lavoro).
    const int months = parameters.whole(parameter::suspension_contract_months, start);
    if (end && *end < start.plus_months(months)) {
        return {StatusEffect::suspended, "contratto di durata non superiore a " + std::to_string(months) + " mesi"};
    }
    return status_for_income(parameters, WorkIncome{yearly_income, std::nullopt}, start);
}

}  // namespace gradus::services

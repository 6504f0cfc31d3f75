#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/criteria/criteria.hpp"
#include "gradus/lsu/records.hpp"
#include "gradus/lsu/regime.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::lsu {

using criteria::Parameter;
using criteria::Verification;

// A rule of the regime: its parameter (value, verification status, source id) and the article it
// comes from. A rule the file leaves out does not apply in the regime; a rule present without a
// value ([N]) applies but is unknown, and every check that needs it stays undetermined.
template <class T>
struct Rule {
    Parameter<T> parameter;
    std::string article;  // e.g. "D.Lgs. 150/2015 art. 26 c. 1"

    bool known() const { return parameter.known(); }
    const T& value() const { return *parameter.value; }
};

enum class ResidenceArea {
    comune,              // resident in the project's comune
    comune_or_cpi_area,  // or in a comune of the CPI's area
};
std::optional<ResidenceArea> parse_residence_area(std::string_view name);  // "comune", "comune_o_area_cpi"

enum class PriorityKey {
    residents_first,   // residents of the project's comune before those of the CPI area
    longest_residual,  // longer residual benefit first
};
std::optional<PriorityKey> parse_priority_key(std::string_view name);  // "residenti_prima", "residuo_piu_lungo"
std::string_view to_string(PriorityKey k);

// Who may be used: the income-support kinds admitted and their conditions.
struct StatusRule {
    Rule<std::vector<BenefitKind>> admitted;
    std::optional<Rule<bool>> within_employment;  // wage integration only during an employment in force
    std::optional<Rule<bool>> cigs_zero_hours;    // CIGS counts only when suspended at zero hours
};

struct HoursRule {
    std::optional<Rule<bool>> proportional;       // weekly hours up to benefit / comparable net pay
    std::optional<Rule<Decimal>> min_weekly;      // the proportion is raised to at least this
    std::optional<Rule<Decimal>> max_weekly;      // fixed weekly limit when not proportional
    std::optional<Rule<Decimal>> max_daily;
};

// Art. 26 c. 5 D.Lgs. 150/2015: unemployed people over 60 without a pension right.
struct Over60Rule {
    Rule<int> min_age;              // completed years at the project start
    Rule<Decimal> max_weekly_hours; // the hours limit of c. 5
};

// Duration and extensions of a project of one tipologia ("" for any).
struct DurationRule {
    std::string tipologia;
    Rule<int> max_months;
    Rule<int> max_proroghe;
    Rule<int> months_per_proroga;
};

// The SAP record of the service (LEP L) of DM 4/2018 Allegato B).
struct ServiceCode {
    std::string lep;  // "L"
    Rule<std::string> sap_code;
};

// One regime's rule set, as one file of criteria/lsu/ gives it.
struct RuleSet {
    std::string id;
    Regime regime = Regime::art26_150_2015;
    std::string act;
    Date valid_from;
    std::optional<Date> valid_to;  // inclusive
    std::vector<criteria::Source> sources;

    StatusRule status;
    std::optional<Rule<ResidenceArea>> residence;
    std::optional<Rule<bool>> qualifica;                     // qualifica compatible with the mansioni
    std::optional<Rule<bool>> residual_longer_than_project;  // the project shorter than the residual benefit
    HoursRule hours;
    std::optional<Over60Rule> over60;
    std::vector<DurationRule> durations;
    std::optional<Rule<std::vector<PriorityKey>>> priority;
    ServiceCode service;

    bool in_force_on(const Date& d) const { return valid_from <= d && (!valid_to || d <= *valid_to); }
};

// The office's table of qualifiche compatible with mansioni: ISTAT CP code prefixes, whole levels.
struct Compatibility {
    std::string qualifica;  // e.g. "8.1.4"
    std::string mansione;   // e.g. "8.1"
};
struct CompatibilityTable {
    std::string id;
    std::vector<Compatibility> pairs;
};

}  // namespace gradus::lsu

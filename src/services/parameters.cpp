#include "gradus/services/parameters.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <array>

namespace gradus::services {

namespace {

constexpr std::array<Breach, 4> all_breaches{Breach::appointment, Breach::orientation, Breach::active_measure,
                                             Breach::offer_refused};

constexpr std::array<std::string_view, 8> required_names{
    parameter::contact_after_did_days,     parameter::contact_after_claim_days,
    parameter::convocation_days,           parameter::self_profiling_days,
    parameter::adr_unemployment_months,    parameter::suspension_contract_months,
    parameter::income_employee_euro,       parameter::income_self_employed_euro,
};

template <class Period>
bool overlap(const Period& a, const Period& b) {
    const bool a_before_b = a.until && *a.until < b.from;
    const bool b_before_a = b.until && *b.until < a.from;
    return !a_before_b && !b_before_a;
}

template <class Period>
void check_periods(const std::string& what, const std::vector<const Period*>& periods,
                   std::vector<std::string>& problems) {
    for (std::size_t i = 0; i < periods.size(); ++i) {
        if (periods[i]->until && *periods[i]->until < periods[i]->from) {
            problems.push_back(what + ": the period from " + periods[i]->from.to_iso() + " ends before it starts");
        }
        for (std::size_t j = i + 1; j < periods.size(); ++j) {
            if (overlap(*periods[i], *periods[j])) {
                problems.push_back(what + ": the periods from " + periods[i]->from.to_iso() + " and from " +
                                   periods[j]->from.to_iso() + " overlap");
            }
        }
    }
}

}  // namespace

std::string_view to_string(Breach b) {
    switch (b) {
        case Breach::appointment: return "appuntamento";
        case Breach::orientation: return "orientamento";
        case Breach::active_measure: return "misura_attiva";
        case Breach::offer_refused: return "offerta_congrua";
    }
    throw InternalError("unknown breach");
}

std::optional<Breach> parse_breach(std::string_view name) {
    for (const Breach b : all_breaches) {
        if (to_string(b) == name) {
            return b;
        }
    }
    return std::nullopt;
}

RuleParameters::RuleParameters(std::string id, std::map<std::string, std::vector<DatedValue>, std::less<>> values,
                               std::vector<SanctionLadder> ladders)
    : m_id(std::move(id)), m_values(std::move(values)), m_ladders(std::move(ladders)) {}

const DatedValue& RuleParameters::in_force(std::string_view name, const Date& on) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        throw ConfigError("parameters " + m_id + ": no parameter '" + std::string(name) + "'");
    }
    for (const DatedValue& v : it->second) {
        if (v.covers(on)) {
            return v;
        }
    }
    throw ConfigError("parameters " + m_id + ": '" + std::string(name) + "' has no value in force on " + on.to_iso());
}

int RuleParameters::whole(std::string_view name, const Date& on) const {
    const DatedValue& v = in_force(name, on);
    if (!v.value.known()) {
        throw ConfigError("parameters " + m_id + ": '" + std::string(name) + "' is unknown (stato N, source " +
                          v.value.source + ") on " + on.to_iso());
    }
    return static_cast<int>(v.value.value->to_int64(Rounding::truncate));
}

const SanctionLadder& RuleParameters::ladder(Breach breach, const Date& on) const {
    for (const SanctionLadder& l : m_ladders) {
        if (l.breach == breach && (l.from <= on && (!l.until || on <= *l.until))) {
            return l;
        }
    }
    throw ConfigError("parameters " + m_id + ": no sanction ladder for '" + std::string(to_string(breach)) +
                      "' in force on " + on.to_iso());
}

std::vector<std::string> check_parameters(const RuleParameters& parameters) {
    std::vector<std::string> problems;
    for (const std::string_view name : required_names) {
        if (parameters.values().find(name) == parameters.values().end()) {
            problems.push_back("parameter " + std::string(name) + " is missing");
        }
    }
    for (const auto& [name, values] : parameters.values()) {
        std::vector<const DatedValue*> periods;
        for (const DatedValue& v : values) {
            periods.push_back(&v);
            if (v.value.known() == (v.value.status == criteria::Verification::unknown)) {
                problems.push_back("parameter " + name + " from " + v.from.to_iso() +
                                   ": a value is required exactly when stato is not N");
            }
        }
        check_periods("parameter " + name, periods, problems);
    }
    for (const Breach b : all_breaches) {
        std::vector<const SanctionLadder*> periods;
        for (const SanctionLadder& l : parameters.ladders()) {
            if (l.breach != b) continue;
            periods.push_back(&l);
            if (l.steps.empty() || !l.steps.back().forfeiture ||
                std::count_if(l.steps.begin(), l.steps.end(), [](const SanctionStep& s) { return s.forfeiture; }) != 1) {
                problems.push_back("sanctions " + std::string(to_string(b)) + " from " + l.from.to_iso() +
                                   ": the ladder must end with one decadenza");
            }
        }
        if (periods.empty()) {
            problems.push_back("sanctions " + std::string(to_string(b)) + " are missing");
        }
        check_periods("sanctions " + std::string(to_string(b)), periods, problems);
    }
    return problems;
}

}  // namespace gradus::services

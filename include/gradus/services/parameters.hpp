#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/criteria/criteria.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::services {

// The names of the dated parameters the rules read (criteria/lep/parametri-*.xml).
namespace parameter {
inline constexpr std::string_view contact_after_did_days = "contatto_did_giorni";          // art. 20 c. 1
inline constexpr std::string_view contact_after_claim_days = "contatto_naspi_giorni";      // art. 21 c. 2
inline constexpr std::string_view convocation_days = "convocazione_cpi_giorni";            // art. 20 c. 1, DM term
inline constexpr std::string_view self_profiling_days = "autoprofilazione_giorni";         // art. 20 c. 4
inline constexpr std::string_view adr_unemployment_months = "adr_disoccupazione_mesi";     // art. 23 c. 1
inline constexpr std::string_view suspension_contract_months = "sospensione_contratto_mesi";
inline constexpr std::string_view income_employee_euro = "reddito_dipendente_euro";        // DL 4/2019 art. 4
inline constexpr std::string_view income_self_employed_euro = "reddito_autonomo_euro";
}  // namespace parameter

// One value of a parameter, in force from `from` to `until` (both included; no `until`: still in
// force). The value is absent when it is unknown (stato N).
struct DatedValue {
    Date from;
    std::optional<Date> until;
    criteria::Parameter<Decimal> value;

    bool covers(const Date& on) const { return from <= on && (!until || on <= *until); }
};

// The breaches of art. 21 c. 7 D.Lgs. 150/2015, each with its own ladder.
enum class Breach {
    appointment,     // a) convocazione / appuntamento
    orientation,     // b) iniziative di orientamento
    active_measure,  // c) formazione, riqualificazione, pubblica utilita
    offer_refused,   // d) offerta di lavoro congrua rifiutata
};
std::string_view to_string(Breach b);  // "appuntamento", "orientamento", "misura_attiva", "offerta_congrua"
std::optional<Breach> parse_breach(std::string_view name);

// One rung: a cut of `reduction_days` of benefit, or decadenza (benefit and stato lost).
struct SanctionStep {
    int reduction_days = 0;
    bool forfeiture = false;

    friend bool operator==(const SanctionStep&, const SanctionStep&) = default;
};

struct SanctionLadder {
    Breach breach = Breach::appointment;
    Date from;
    std::optional<Date> until;
    criteria::Provenance provenance;
    std::vector<SanctionStep> steps;  // the last one is decadenza
};

class RuleParameters {
public:
    RuleParameters() = default;
    RuleParameters(std::string id, std::map<std::string, std::vector<DatedValue>, std::less<>> values,
                   std::vector<SanctionLadder> ladders);

    const std::string& id() const { return m_id; }
    // The value of `name` in force on `on`; throws ConfigError naming the parameter and the date
    // when there is no such parameter or no period covers the date.
    const DatedValue& in_force(std::string_view name, const Date& on) const;
    // The whole number in force (days, months); throws ConfigError when it is unknown (stato N).
    int whole(std::string_view name, const Date& on) const;
    const SanctionLadder& ladder(Breach breach, const Date& on) const;  // throws ConfigError

    const std::map<std::string, std::vector<DatedValue>, std::less<>>& values() const { return m_values; }
    const std::vector<SanctionLadder>& ladders() const { return m_ladders; }

private:
    std::string m_id;
    std::map<std::string, std::vector<DatedValue>, std::less<>> m_values;
    std::vector<SanctionLadder> m_ladders;
};

// What a parameter set must satisfy: a value exactly when the status is not N, periods that end
// after they start and do not overlap, every parameter of `parameter` present, ladders for every
// breach ending in decadenza. One message per problem.
std::vector<std::string> check_parameters(const RuleParameters& parameters);

}  // namespace gradus::services

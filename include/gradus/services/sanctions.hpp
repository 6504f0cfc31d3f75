#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/parameters.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace gradus::services {

// The outcome of a convocation (PLUS SIL DEC_ESITO_CONVOCAZIONE): only an unjustified absence is
// a breach of art. 21 c. 7 lett. a).
enum class AppointmentOutcome { present, absent_justified, absent_unjustified, cancelled };
std::string_view to_code(AppointmentOutcome o);  // "P", "AG", "AI", "AN"
std::optional<AppointmentOutcome> parse_appointment_outcome(std::string_view code);
bool is_breach(AppointmentOutcome o);

struct BreachEvent {
    Date on;
    Breach breach = Breach::appointment;
};

// One breach with its sanction: the n-th of its kind in its benefit episode takes the n-th rung.
struct Sanction {
    Date on;
    Breach breach = Breach::appointment;
    Date episode;       // the benefit claim the breach counts against
    int occurrence = 1; // 1 for the first breach of this kind in the episode
    SanctionStep step;
};

// Art. 21 c. 7 D.Lgs. 150/2015 applied to one person's breaches. Each breach counts in the
// benefit episode it falls in (the latest claim on or before it) and the count starts again with
// a new claim [I]. Breaches before the first claim concern no benefit and are left out; so are
// breaches after a decadenza in the same episode (nothing is left to lose). The ladder is the one
// in force on the breach's day. Result ordered by date, then by kind of breach.
std::vector<Sanction> apply_sanctions(const RuleParameters& parameters, std::vector<Date> claims,
                                      std::vector<BreachEvent> breaches);

}  // namespace gradus::services

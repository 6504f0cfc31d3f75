#include "gradus/services/sanctions.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace gradus::services {

std::string_view to_code(AppointmentOutcome o) {
    switch (o) {
        case AppointmentOutcome::present: return "P";
        case AppointmentOutcome::absent_justified: return "AG";
        case AppointmentOutcome::absent_unjustified: return "AI";
        case AppointmentOutcome::cancelled: return "AN";
    }
    throw InternalError("unknown appointment outcome");
}

std::optional<AppointmentOutcome> parse_appointment_outcome(std::string_view code) {
    for (const auto o : {AppointmentOutcome::present, AppointmentOutcome::absent_justified,
                         AppointmentOutcome::absent_unjustified, AppointmentOutcome::cancelled}) {
        if (to_code(o) == code) {
            return o;
        }
    }
    return std::nullopt;
}

// Art. 21 c. 7: only an absence without giustificato motivo is sanctioned.
bool is_breach(AppointmentOutcome o) { return o == AppointmentOutcome::absent_unjustified; }

std::vector<Sanction> apply_sanctions(const RuleParameters& parameters, std::vector<Date> claims,
                                      std::vector<BreachEvent> breaches) {
    std::sort(claims.begin(), claims.end());
    std::sort(breaches.begin(), breaches.end(), [](const BreachEvent& a, const BreachEvent& b) {
        return std::pair(a.on, static_cast<int>(a.breach)) < std::pair(b.on, static_cast<int>(b.breach));
    });
    std::map<std::pair<Date, Breach>, int> counts;
    std::map<Date, bool> forfeited;
    std::vector<Sanction> sanctions;
    for (const BreachEvent& b : breaches) {
        const auto after = std::upper_bound(claims.begin(), claims.end(), b.on);
        if (after == claims.begin()) {
            continue;
        }
        const Date episode = *std::prev(after);
        if (forfeited[episode]) {
            continue;
        }
        const int occurrence = ++counts[{episode, b.breach}];
        const std::vector<SanctionStep>& steps = parameters.ladder(b.breach, b.on).steps;
        const SanctionStep step = steps[std::min(static_cast<std::size_t>(occurrence), steps.size()) - 1];
        forfeited[episode] = step.forfeiture;
        sanctions.push_back({b.on, b.breach, episode, occurrence, step});
    }
    return sanctions;
}

}  // namespace gradus::services

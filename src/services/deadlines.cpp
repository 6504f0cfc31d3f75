#include "gradus/services/deadlines.hpp"

namespace gradus::services {

Date contact_deadline(const RuleParameters& parameters, Registration kind, const Date& registered) {
    // Art. 20 c. 1 (DID) and art. 21 c. 2 (benefit claim) D.Lgs. 150/2015.
    const std::string_view name =
        kind == Registration::did ? parameter::contact_after_did_days : parameter::contact_after_claim_days;
    return registered.plus_days(parameters.whole(name, registered));
}

Date self_profiling_from(const RuleParameters& parameters, const Date& registered) {
    // Art. 20 c. 4: "decorsi sessanta giorni dalla registrazione".
    return registered.plus_days(parameters.whole(parameter::self_profiling_days, registered) + 1);
}

Date adr_eligible_from(const RuleParameters& parameters, const Date& did, long suspended_days) {
    // Art. 23 c. 1: unemployment that exceeds 4 months.
    const int months = parameters.whole(parameter::adr_unemployment_months, did);
    return did.plus_days(suspended_days).plus_months(months).plus_days(1);
}

bool adr_eligible(const RuleParameters& parameters, bool naspi_recipient, const Date& did, long suspended_days,
                  const Date& on) {
    return naspi_recipient && adr_eligible_from(parameters, did, suspended_days) <= on;
}

}  // namespace gradus::services

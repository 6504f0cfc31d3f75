#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/services/parameters.hpp"
#include "gradus/services/sanctions.hpp"
#include "gradus/services/sap_event.hpp"

#include <string>
#include <vector>

namespace gradus::services {

// A convocation and how it went, as the office's system reports it.
struct Appointment {
    Date on;
    Breach kind = Breach::appointment;  // what the convocation was for
    AppointmentOutcome outcome = AppointmentOutcome::present;
};

// What other systems tell the office about one person: DIDs, NASpI / DIS-COLL claims (each a DID,
// art. 21 c. 1) and appointments.
struct PersonFacts {
    std::string codice_fiscale;
    std::string office;  // codice ente of the competent CPI
    std::vector<Date> dids;
    std::vector<Date> benefit_claims;
    std::vector<Appointment> appointments;
    SourcePosition origin;
};

// A service the ledger says was given: which service, its latest event and that event's date.
struct Delivered {
    std::string service;  // "D", "M3", "G"
    SapEvent event = SapEvent::proposta;
    Date on;
};

}  // namespace gradus::services

#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/sap_event.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::services {

// Whom a service was given to: a person (codice fiscale) or a firm (codice fiscale / partita IVA).
enum class Subject { person, firm };
std::string_view to_string(Subject s);  // "persona", "impresa"

// One event of one service (a LEP service of the catalogue, with its SAP tipo attivita) given to
// a person or a firm, by an operator or by a batch run. A correction is a new event naming the
// one it corrects: the ledger never changes a row.
struct ServiceEvent {
    Subject subject = Subject::person;
    std::string subject_code;          // codice fiscale or partita IVA
    std::string office;                // codice ente promotore (CPI) that delivered it, 11 characters
    std::string service;               // LEP service id: "B", "F1", "K", "S"
    std::string sap_code;              // tipo attivita, e.g. "B03"; empty when the LEP has none
    SapEvent event = SapEvent::proposta;
    Date event_date;
    std::optional<Date> proposed;
    std::optional<Date> started;
    std::optional<Date> ended;
    std::string outcome;               // esito, free text for staff
    std::string operator_id;           // the operator, when a person recorded it
    std::optional<std::int64_t> run_id;  // the batch run, when a batch delivered it
    std::string identificativo;        // SAP identificativo politica, when assigned
    std::optional<std::int64_t> corrects;  // the event this one corrects

    friend bool operator==(const ServiceEvent&, const ServiceEvent&) = default;
};

struct RecordedEvent {
    std::int64_t id = 0;
    std::string recorded_at;
    ServiceEvent event;
};

}  // namespace gradus::services

#pragma once

#include "gradus/core/date.hpp"
#include "gradus/services/sap_event.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::services {

// One policy of SAP section 6 ("Interventi di politiche attive"), as gradus exports it.
struct SapPolicy {
    std::string tipo_attivita;   // A02, C06, ...
    std::string denominazione;   // required for class C
    Date proposed;
    std::optional<Date> started;
    std::optional<Date> ended;
    std::optional<long> duration;  // positive
    std::string duration_unit;     // Tabella Tipologia_Durata code; set exactly when duration is
    std::string description;
    std::string promoter_code;     // codice ente promotore, 11 characters
    std::string identificativo;    // 11 characters
    std::optional<SapEvent> last_event;
    std::optional<Date> last_event_date;
};

enum class Severity {
    blocking,  // "Vincolante": the record is not exported
    warning,   // "Avviso": exported, shown to staff
};

struct PolicyProblem {
    Severity severity = Severity::blocking;
    std::string field;  // the section-6 field
    std::string rule;   // short id, e.g. "data_inizio.obbligatoria"
    std::string message;
};

// The cross-field controls of SAP section 6 (SAP standard; Allegato H: the controls of the
// standard are binding), plus two warnings of ours: a check character that no longer matches the
// data (allowed: later edits do not recompute it) and a code the LEP catalogue does not list.
std::vector<PolicyProblem> validate_policy(const SapPolicy& policy, bool code_in_catalogue);

bool has_blocking(const std::vector<PolicyProblem>& problems);

}  // namespace gradus::services

#pragma once

#include "gradus/services/person_facts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::services {

enum class DueState { due, overdue, delivered };
std::string_view to_string(DueState s);  // "dovuto", "scaduto", "erogato"

// One service a person is owed on a day: the LEP service, since when, by when (none: no term is
// known), its state and the rule that makes it due.
struct DueItem {
    std::string service;
    std::string what;  // Italian, for staff
    Date since;
    std::optional<Date> deadline;
    DueState state = DueState::due;
    std::string rule;  // legal source
};

// What is due for one person on `as_of`, from the latest registration (DID or benefit claim) on
// or before that day:
// - the patto di servizio (LEP D, M3 for collocamento mirato), by the contact deadline of art. 20
//   c. 1 / art. 21 c. 2; overdue the day after it;
// - the assegno di ricollocazione (LEP G), for benefit claimants from adr_eligible_from(), no term.
// A service counts as given when the ledger has it started, ended or reported on or after the
// registration. Nothing is due to a person with no registration.
std::vector<DueItem> due_items(const RuleParameters& parameters, const PersonFacts& person,
                               const std::vector<Delivered>& delivered, const Date& as_of);

// True when the event means the service was given (02 Iniziata, 10 Terminata, 11 Rendicontata).
bool counts_as_given(SapEvent e);

// The breaches of art. 21 c. 7 in the person's appointments (unjustified absences only) with
// their sanctions, per benefit episode.
std::vector<Sanction> person_sanctions(const RuleParameters& parameters, const PersonFacts& person);

}  // namespace gradus::services

#pragma once

#include "gradus/services/due.hpp"
#include "gradus/services/service_event.hpp"

#include <string>
#include <vector>

namespace gradus::services {

// How many people one office owes, or has given, one service on a day, and who they are.
struct ServiceCount {
    std::string office;
    std::string service;
    DueState state = DueState::due;
    std::vector<std::string> people;  // codici fiscali (or partite IVA), sorted, each once
};

// The office view on `as_of`: "dovuto" and "scaduto" from due_items() of each person (at the
// person's competent office), "erogato" from the ledger events dated up to `as_of` that count as
// given (at the office that gave them; a corrected event is replaced by its correction). Ordered
// by office, service, state.
std::vector<ServiceCount> office_counts(const RuleParameters& parameters, const std::vector<PersonFacts>& people,
                                        const std::vector<RecordedEvent>& ledger, const Date& as_of);

// The standing events of one subject for due_items(): corrections applied, one Delivered each.
std::vector<Delivered> delivered_of(const std::vector<RecordedEvent>& ledger, Subject subject, const std::string& code);

}  // namespace gradus::services

#pragma once

#include <gradus/services/service_event.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

class Store;

using services::RecordedEvent;
using services::ServiceEvent;
using services::Subject;

// The append-only ledger of services (table service_events). UPDATE and DELETE are refused by the
// database itself (triggers the constructor installs when missing), not only by this API.
class Ledger {
public:
    explicit Ledger(Store& store);

    // Checks the event (codice fiscale or partita IVA, service id, SAP code form, an operator or a
    // run, a corrected event of the same subject) and appends it; returns its id. `recorded_at`:
    // ISO 8601 timestamp chosen by the caller. Inside an open RunTransaction the row belongs to
    // the run's transaction: kept when the run commits, gone when it fails. Throws InputError
    // naming the field for a bad event, Error for a database failure.
    std::int64_t append(const ServiceEvent& event, std::string_view recorded_at);

    // One subject's events, in the order they were recorded.
    std::vector<RecordedEvent> history(Subject subject, std::string_view code);
    // Every event dated on or before `on`, by subject then order of recording.
    std::vector<RecordedEvent> up_to(const Date& on);

private:
    Store& m_store;
};

}  // namespace gradus::store

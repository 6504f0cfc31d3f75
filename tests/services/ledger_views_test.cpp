#include "gradus/services/identificativo_politica.hpp"
#include "gradus/services/office_report.hpp"
#include "gradus/services/section6.hpp"
#include "shipped_data.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

const std::string rossi = "RSSMRA80A01H501U";
const std::string office = "H501X000004";

RecordedEvent recorded(std::int64_t id, std::string service, std::string sap, SapEvent event, const Date& on,
                       const Date& proposed) {
    RecordedEvent r;
    r.id = id;
    r.recorded_at = "2025-01-01T00:00:00Z";
    ServiceEvent& e = r.event;
    e.subject_code = rossi;
    e.office = office;
    e.service = std::move(service);
    e.sap_code = std::move(sap);
    e.event = event;
    e.event_date = on;
    e.proposed = proposed;
    if (event != SapEvent::proposta) e.started = proposed;
    if (event == SapEvent::terminata) e.ended = on;
    e.operator_id = "op-1";
    return r;
}

}  // namespace

TEST_CASE("section 6: the events of one policy make one record with its latest event and a new identificativo") {
    const std::vector<RecordedEvent> ledger{
        recorded(7, "D", "A02", SapEvent::proposta, d(2025, 3, 3), d(2025, 3, 3)),
        recorded(9, "D", "A02", SapEvent::terminata, d(2025, 3, 5), d(2025, 3, 3)),
        recorded(12, "I", "", SapEvent::terminata, d(2025, 3, 5), d(2025, 3, 5)),  // no SAP code: no policy
    };
    const std::vector<SubjectPolicy> policies = section6_policies(ledger, "08");
    REQUIRE(policies.size() == 1);
    const SapPolicy& p = policies[0].policy;
    CHECK(policies[0].first_event == 7);
    CHECK(p.last_event == SapEvent::terminata);
    CHECK(p.last_event_date == d(2025, 3, 5));
    CHECK(p.ended == d(2025, 3, 5));
    CHECK(p.identificativo == make_identificativo_politica("08", 7, office, "A02", d(2025, 3, 3)));
    CHECK(validate_policy(p, true).empty());
}

TEST_CASE("section 6 and the office view follow corrections, never the corrected event") {
    RecordedEvent wrong = recorded(3, "D", "A02", SapEvent::terminata, d(2025, 3, 5), d(2025, 3, 3));
    RecordedEvent fixed = recorded(4, "D", "A02", SapEvent::annullamento_prima, d(2025, 3, 6), d(2025, 3, 3));
    fixed.event.started.reset();
    fixed.event.corrects = 3;
    const std::vector<RecordedEvent> ledger{wrong, fixed};
    const auto policies = section6_policies(ledger, "08");
    REQUIRE(policies.size() == 1);
    CHECK(policies[0].policy.last_event == SapEvent::annullamento_prima);

    PersonFacts person;
    person.codice_fiscale = rossi;
    person.office = office;
    person.dids = {d(2025, 3, 1)};
    const auto counts = office_counts(test::shipped_parameters(), {person}, ledger, d(2025, 4, 1));
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].service == "D");
    CHECK(counts[0].state == DueState::overdue);  // the patto was cancelled: still owed, and late
}

TEST_CASE("the office view counts due, overdue and given services with the people behind them") {
    PersonFacts due;
    due.codice_fiscale = "BNCLRA85M41H501Z";
    due.office = office;
    due.dids = {d(2025, 3, 20)};
    PersonFacts given;
    given.codice_fiscale = rossi;
    given.office = office;
    given.dids = {d(2025, 3, 1)};
    const std::vector<RecordedEvent> ledger{recorded(5, "D", "A02", SapEvent::terminata, d(2025, 3, 10), d(2025, 3, 10))};
    const auto counts = office_counts(test::shipped_parameters(), {due, given}, ledger, d(2025, 4, 19));
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].state == DueState::due);
    CHECK(counts[0].people == std::vector<std::string>{"BNCLRA85M41H501Z"});
    CHECK(counts[1].state == DueState::delivered);
    CHECK(counts[1].people == std::vector<std::string>{rossi});
    // The day after the 30 days the first person is late.
    const auto later = office_counts(test::shipped_parameters(), {due, given}, ledger, d(2025, 4, 20));
    CHECK(later[0].state == DueState::overdue);
}

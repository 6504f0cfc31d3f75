#include "test_database.hpp"

#include <gradus/store/ledger.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

using namespace gradus;
using namespace gradus::store;
using Catch::Matchers::Contains;

namespace {

const std::string person = "RSSMRA80A01H501U";
const std::string office = "H501X000004";

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

ServiceEvent patto_signed() {
    ServiceEvent e;
    e.subject_code = person;
    e.office = office;
    e.service = "D";
    e.sap_code = "A02";
    e.event = services::SapEvent::terminata;
    e.event_date = d(2025, 3, 3);
    e.proposed = d(2025, 3, 3);
    e.started = d(2025, 3, 3);
    e.ended = d(2025, 3, 3);
    e.outcome = "patto sottoscritto";
    e.operator_id = "op-17";
    return e;
}

long long count_events(Store& store) {
    long long count = 0;
    store.session() << "SELECT COUNT(*) FROM service_events", soci::into(count);
    return count;
}

template <class Work>
std::string database_refusal(Work&& work) {
    try {
        work();
    } catch (const soci::soci_error& error) {
        return error.what();
    }
    FAIL("the database accepted the change");
    return {};
}

}  // namespace

TEST_CASE("an appended service event reads back whole, in one person's history") {
    Store store(test::fresh_database_url());
    Ledger ledger(store);
    const std::int64_t id = ledger.append(patto_signed(), "2025-03-03T10:00:00Z");
    const auto history = ledger.history(Subject::person, person);
    REQUIRE(history.size() == 1);
    CHECK(history[0].id == id);
    CHECK(history[0].recorded_at == "2025-03-03T10:00:00Z");
    CHECK(history[0].event == patto_signed());
    CHECK(ledger.history(Subject::firm, person).empty());
}

TEST_CASE("the ledger is append-only: the database refuses UPDATE and DELETE; a correction is a new event") {
    Store store(test::fresh_database_url());
    Ledger ledger(store);
    const std::int64_t first = ledger.append(patto_signed(), "2025-03-03T10:00:00Z");

    CHECK_THAT(database_refusal([&] { store.session() << "UPDATE service_events SET outcome = 'altro'"; }),
               Contains("append-only"));
    CHECK_THAT(database_refusal([&] { store.session() << "DELETE FROM service_events"; }), Contains("append-only"));
    if (test::test_backend() == Backend::postgresql) {
        CHECK_THAT(database_refusal([&] { store.session() << "TRUNCATE service_events"; }), Contains("append-only"));
    }
    CHECK(count_events(store) == 1);

    ServiceEvent correction = patto_signed();
    correction.event_date = d(2025, 3, 4);
    correction.ended = d(2025, 3, 4);
    correction.corrects = first;
    const std::int64_t second = ledger.append(correction, "2025-03-04T09:00:00Z");
    const auto history = ledger.history(Subject::person, person);
    REQUIRE(history.size() == 2);
    CHECK(history[0].event == patto_signed());
    CHECK(history[1].id == second);
    CHECK(history[1].event.corrects == first);

    Ledger reopened(store);  // the guards are installed once and stay
    CHECK_THAT(database_refusal([&] { store.session() << "DELETE FROM service_events"; }), Contains("append-only"));
}

TEST_CASE("a bad event is refused with the field named, and nothing is written") {
    Store store(test::fresh_database_url());
    Ledger ledger(store);
    ServiceEvent e = patto_signed();
    e.subject_code = "RSSMRA80A01H501X";
    CHECK_THAT(test::error_message([&] { ledger.append(e, "2025-03-03T10:00:00Z"); }), Contains("subject"));
    e = patto_signed();
    e.operator_id.clear();
    CHECK_THAT(test::error_message([&] { ledger.append(e, "2025-03-03T10:00:00Z"); }), Contains("operator"));
    e = patto_signed();
    e.corrects = 999;
    CHECK_THAT(test::error_message([&] { ledger.append(e, "2025-03-03T10:00:00Z"); }), Contains("corrects"));
    CHECK(count_events(store) == 0);
}

TEST_CASE("a batch run's services are kept when the run commits and gone when it fails") {
    Store store(test::fresh_database_url());
    Ledger ledger(store);
    ServiceEvent ranked = patto_signed();
    ranked.service = "K";
    ranked.sap_code = "B03";
    ranked.operator_id.clear();
    ranked.outcome = "in graduatoria, posizione 3";
    ranked.event = services::SapEvent::proposta;
    ranked.event_date = d(2025, 3, 1);
    ranked.proposed = d(2025, 3, 1);
    ranked.started.reset();
    ranked.ended.reset();
    {
        RunTransaction run(store, {"art16-rank", "0.1.0", d(2025, 3, 1), "threads=1", std::nullopt},
                           "2025-03-01T09:00:00Z");
        ranked.run_id = run.run_id();
        ledger.append(ranked, "2025-03-01T09:00:01Z");
        run.fail("test");
    }
    CHECK(count_events(store) == 0);
    {
        RunTransaction run(store, {"art16-rank", "0.1.0", d(2025, 3, 1), "threads=1", std::nullopt},
                           "2025-03-01T10:00:00Z");
        ranked.run_id = run.run_id();
        ledger.append(ranked, "2025-03-01T10:00:01Z");
        run.commit("2025-03-01T10:00:02Z");
    }
    const auto events = ledger.up_to(d(2025, 3, 3));
    REQUIRE(events.size() == 1);
    CHECK(events[0].event.run_id == ranked.run_id);
    CHECK(ledger.up_to(d(2025, 3, 1)).size() == 1);
    CHECK(ledger.up_to(d(2025, 2, 28)).empty());
}

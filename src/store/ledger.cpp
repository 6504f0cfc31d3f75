#include <gradus/store/ledger.hpp>

#include "ledger_guard.hpp"

#include <gradus/core/codice_fiscale.hpp>
#include <gradus/core/errors.hpp>
#include <gradus/store/database_error.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

namespace gradus::store {

namespace {

constexpr const char* event_columns =
    "SELECT id, subject_kind, subject, office, service, sap_code, event, event_date, proposed, started, ended,"
    " outcome, operator_id, run_id, identificativo, corrects, recorded_at FROM service_events";

[[noreturn]] void refuse(const ServiceEvent& e, std::string field, std::string message) {
    InputIssue issue;
    issue.record = e.subject_code;
    issue.field = std::move(field);
    issue.rule = "ledger";
    issue.message = std::move(message);
    throw InputError(std::move(issue));
}

bool valid_subject(const ServiceEvent& e) {
    if (e.subject == Subject::person) {
        return CodiceFiscale::is_valid(e.subject_code);
    }
    return PartitaIva::is_valid(e.subject_code) || CodiceFiscale::is_valid(e.subject_code);
}

bool valid_sap_code(const std::string& code) {
    return code.empty() || (code.size() == 3 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= '0' && code[1] <= '9' &&
                            code[2] >= '0' && code[2] <= '9');
}

// Text of an optional value, and its indicator, for binding.
struct Nullable {
    std::string text;
    soci::indicator null = soci::i_null;
};

Nullable of(const std::optional<Date>& d) { return d ? Nullable{d->to_iso(), soci::i_ok} : Nullable{}; }
Nullable of(const std::string& s) { return s.empty() ? Nullable{} : Nullable{s, soci::i_ok}; }

// The exchange buffers for one row of service_events.
struct EventRow {
    long long id = 0, run_id = 0, corrects = 0;
    std::string kind, subject, office, service, sap_code, event, event_date, proposed, started, ended, outcome,
        operator_id, identificativo, recorded_at;
    soci::indicator sap_null{}, proposed_null{}, started_null{}, ended_null{}, outcome_null{}, operator_null{},
        run_null{}, identificativo_null{}, corrects_null{};

    void bind(soci::statement& s) {
        s.exchange(soci::into(id));
        s.exchange(soci::into(kind));
        s.exchange(soci::into(subject));
        s.exchange(soci::into(office));
        s.exchange(soci::into(service));
        s.exchange(soci::into(sap_code, sap_null));
        s.exchange(soci::into(event));
        s.exchange(soci::into(event_date));
        s.exchange(soci::into(proposed, proposed_null));
        s.exchange(soci::into(started, started_null));
        s.exchange(soci::into(ended, ended_null));
        s.exchange(soci::into(outcome, outcome_null));
        s.exchange(soci::into(operator_id, operator_null));
        s.exchange(soci::into(run_id, run_null));
        s.exchange(soci::into(identificativo, identificativo_null));
        s.exchange(soci::into(corrects, corrects_null));
        s.exchange(soci::into(recorded_at));
    }

    RecordedEvent record() const {
        auto text = [](const std::string& t, soci::indicator null) { return null == soci::i_null ? std::string() : t; };
        auto date = [](const std::string& t, soci::indicator null) {
            return null == soci::i_null ? std::nullopt : std::optional<Date>(Date::parse_iso(t));
        };
        RecordedEvent r;
        r.id = id;
        r.recorded_at = recorded_at;
        ServiceEvent& e = r.event;
        e.subject = kind == "impresa" ? Subject::firm : Subject::person;
        e.subject_code = subject;
        e.office = office;
        e.service = service;
        e.sap_code = text(sap_code, sap_null);
        const auto parsed = services::parse_sap_event(event);
        if (!parsed) throw Error("service_events row " + std::to_string(id) + ": unknown event '" + event + "'");
        e.event = *parsed;
        e.event_date = Date::parse_iso(event_date);
        e.proposed = date(proposed, proposed_null);
        e.started = date(started, started_null);
        e.ended = date(ended, ended_null);
        e.outcome = text(outcome, outcome_null);
        e.operator_id = text(operator_id, operator_null);
        if (run_null != soci::i_null) e.run_id = run_id;
        e.identificativo = text(identificativo, identificativo_null);
        if (corrects_null != soci::i_null) e.corrects = corrects;
        return r;
    }
};

std::vector<RecordedEvent> select_events(soci::session& session, const std::string& where_and_order,
                                         std::vector<std::string> parameters) {
    EventRow row;
    soci::statement statement(session);
    row.bind(statement);
    for (std::string& p : parameters) {
        statement.exchange(soci::use(p));
    }
    statement.alloc();
    statement.prepare(std::string(event_columns) + " " + where_and_order);
    statement.define_and_bind();
    std::vector<RecordedEvent> events;
    if (statement.execute(true)) {
        do {
            events.push_back(row.record());
        } while (statement.fetch());
    }
    return events;
}

}  // namespace

Ledger::Ledger(Store& store) : m_store(store) { ensure_ledger_append_only(m_store.session(), m_store.backend()); }

std::int64_t Ledger::append(const ServiceEvent& e, std::string_view recorded_at) {
    if (!valid_subject(e)) {
        refuse(e, "subject", e.subject == Subject::person ? "not a valid codice fiscale"
                                                          : "not a valid partita IVA or codice fiscale");
    }
    if (e.office.size() != 11) refuse(e, "office", "the codice ente has 11 characters");
    if (e.service.empty()) refuse(e, "service", "the LEP service is required");
    if (!valid_sap_code(e.sap_code)) refuse(e, "sap_code", "'" + e.sap_code + "' is not a tipo attivita");
    if (e.operator_id.empty() && !e.run_id) refuse(e, "operator_id", "an operator or a batch run is required");
    if (e.corrects) {
        const auto corrected = select_events(m_store.session(), "WHERE id = :id",
                                             {std::to_string(*e.corrects)});
        if (corrected.empty() || corrected[0].event.subject != e.subject ||
            corrected[0].event.subject_code != e.subject_code) {
            refuse(e, "corrects", "event " + std::to_string(*e.corrects) + " of the same subject does not exist");
        }
    }
    return database_call("cannot record the service event", [&] {
        std::string kind(to_string(e.subject)), subject = e.subject_code, office = e.office, service = e.service;
        std::string event = services::to_code(e.event), event_date = e.event_date.to_iso(), at(recorded_at);
        Nullable sap = of(e.sap_code), proposed = of(e.proposed), started = of(e.started), ended = of(e.ended),
                 outcome = of(e.outcome), operator_id = of(e.operator_id), identificativo = of(e.identificativo);
        long long run_id = e.run_id.value_or(0), corrects = e.corrects.value_or(0);
        soci::indicator run_null = e.run_id ? soci::i_ok : soci::i_null;
        soci::indicator corrects_null = e.corrects ? soci::i_ok : soci::i_null;
        long long id = 0;
        m_store.session()
            << "INSERT INTO service_events (subject_kind, subject, office, service, sap_code, event, event_date,"
               " proposed, started, ended, outcome, operator_id, run_id, identificativo, corrects, recorded_at)"
               " VALUES (:kind, :subject, :office, :service, :sap, :event, :event_date, :proposed, :started, :ended,"
               " :outcome, :operator_id, :run_id, :identificativo, :corrects, :recorded_at) RETURNING id",
            soci::use(kind), soci::use(subject), soci::use(office), soci::use(service), soci::use(sap.text, sap.null),
            soci::use(event), soci::use(event_date), soci::use(proposed.text, proposed.null),
            soci::use(started.text, started.null), soci::use(ended.text, ended.null),
            soci::use(outcome.text, outcome.null), soci::use(operator_id.text, operator_id.null),
            soci::use(run_id, run_null), soci::use(identificativo.text, identificativo.null),
            soci::use(corrects, corrects_null), soci::use(at), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

std::vector<RecordedEvent> Ledger::history(Subject subject, std::string_view code) {
    return database_call("cannot read the service ledger", [&] {
        return select_events(m_store.session(), "WHERE subject_kind = :kind AND subject = :subject ORDER BY id",
                             {std::string(to_string(subject)), std::string(code)});
    });
}

std::vector<RecordedEvent> Ledger::up_to(const Date& on) {
    return database_call("cannot read the service ledger", [&] {
        return select_events(m_store.session(),
                             "WHERE event_date <= :on ORDER BY subject_kind, subject, id", {on.to_iso()});
    });
}

}  // namespace gradus::store

#include "persona_command.hpp"

#include "servizi_command.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/codice_fiscale.hpp"
#include "gradus/services/deadlines.hpp"
#include "gradus/services/due.hpp"
#include "gradus/services/identificativo_politica.hpp"
#include "gradus/services/office_report.hpp"
#include "gradus/services/section6.hpp"
#include "gradus/store/ledger.hpp"
#include "gradus/store/store.hpp"

#include <algorithm>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {

namespace {

std::string optional_date(const std::optional<Date>& d) { return d ? d->to_iso() : std::string("-"); }

void print_facts(std::ostream& out, const services::PersonFacts& p) {
    out << "eventi comunicati (" << p.origin.file.str() << ", cpi " << p.office << "):\n";
    for (const Date& d : p.dids) out << "  " << d.to_iso() << " DID\n";
    for (const Date& d : p.benefit_claims) out << "  " << d.to_iso() << " domanda NASpI\n";
    for (const auto& a : p.appointments) {
        out << "  " << a.on.to_iso() << " convocazione " << services::to_string(a.kind) << ": esito "
            << services::to_code(a.outcome) << "\n";
    }
}

void print_history(std::ostream& out, const std::vector<services::RecordedEvent>& history) {
    out << "servizi registrati (" << history.size() << "):\n";
    for (const auto& r : history) {
        const auto& e = r.event;
        out << "  #" << r.id << " " << e.event_date.to_iso() << " LEP " << e.service << " SAP "
            << (e.sap_code.empty() ? "-" : e.sap_code) << " evento " << services::to_code(e.event) << " "
            << services::label(e.event) << ", ufficio " << e.office;
        if (e.run_id) out << ", run " << *e.run_id;
        if (!e.operator_id.empty()) out << ", operatore " << e.operator_id;
        if (e.corrects) out << ", corregge #" << *e.corrects;
        if (!e.outcome.empty()) out << ": " << e.outcome;
        out << "\n";
    }
}

void print_due(std::ostream& out, const std::vector<services::DueItem>& items) {
    out << "dovuto:\n";
    if (items.empty()) out << "  nulla (nessuna DID o domanda NASpI)\n";
    for (const auto& i : items) {
        out << "  LEP " << i.service << " " << i.what << ": dal " << i.since.to_iso() << ", "
            << (i.deadline ? "entro " + i.deadline->to_iso() : std::string("senza termine")) << ": "
            << services::to_string(i.state) << " (" << i.rule << ")\n";
    }
}

// Art. 20 c. 4: with the patto still owed 60 days after registration, the person may self-profile.
void print_self_profiling(std::ostream& out, const services::RuleParameters& parameters,
                          const std::vector<services::DueItem>& due, const Date& as_of) {
    for (const auto& i : due) {
        if (i.service != "D" || i.state == services::DueState::delivered) continue;
        const Date from = services::self_profiling_from(parameters, i.since);
        if (from <= as_of) {
            out << "  diritto all'autoprofilazione presso ANPAL dal " << from.to_iso()
                << " (D.Lgs. 150/2015 art. 20 c. 4)\n";
        }
    }
}

void print_sanctions(std::ostream& out, const std::vector<services::Sanction>& sanctions) {
    out << "sanzioni (D.Lgs. 150/2015 art. 21 c. 7):\n";
    if (sanctions.empty()) out << "  nessuna\n";
    for (const auto& s : sanctions) {
        out << "  " << s.on.to_iso() << " " << services::to_string(s.breach) << " n. " << s.occurrence
            << " nell'episodio NASpI del " << s.episode.to_iso() << ": "
            << (s.step.forfeiture ? std::string("decadenza dalla prestazione e dallo stato di disoccupazione")
                                  : "decurtazione di " + std::to_string(s.step.reduction_days) + " giorni")
            << "\n";
    }
}

}  // namespace

void PersonaCommand::declare(po::options_description& options, po::positional_options_description& positional) {
    options.add_options()
        ("codice-fiscale", po::value(&m_codice_fiscale)->required(), "the person's codice fiscale, or a firm's partita IVA")
        ("as-of", po::value(&m_as_of_text), "the day to look from, YYYY-MM-DD (default: today, UTC)")
        ("eventi", po::value(&m_eventi)->multitoken(), "person events XML (DID, NASpI claims, appointments)")
        ("sistema", po::value(&m_system)->default_value(m_system), "SAP sending-system code for new identificativi");
    positional.add("codice-fiscale", 1);
    m_common.declare(options);
}

void PersonaCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (!m_as_of_text.empty()) parse_as_of(m_as_of_text);
    if (PartitaIva::is_valid(m_codice_fiscale)) {
        m_subject = services::Subject::firm;
    } else if (CodiceFiscale::is_valid(m_codice_fiscale)) {
        m_codice_fiscale = CodiceFiscale::parse(m_codice_fiscale).str();
    } else {
        throw UsageError("'" + m_codice_fiscale + "' is neither a valid codice fiscale nor a valid partita IVA");
    }
    if (!services::is_sending_system(m_system)) {
        throw UsageError("--sistema must be a SAP sending-system code, not '" + m_system + "'");
    }
}

int PersonaCommand::run(std::ostream& out, std::ostream& err) {
    const Date as_of = parse_as_of(m_as_of_text.empty() ? utc_timestamp_now().substr(0, 10) : m_as_of_text);
    const ServiziData data = load_servizi_data(m_common, m_eventi);
    store::Store db(m_common.db);
    store::Ledger ledger(db);
    std::vector<services::RecordedEvent> history = ledger.history(m_subject, m_codice_fiscale);
    std::erase_if(history, [&](const services::RecordedEvent& r) { return as_of < r.event.event_date; });

    out << services::to_string(m_subject) << " " << m_codice_fiscale << " al " << as_of.to_iso() << "\n";
    print_history(out, history);
    if (m_subject == services::Subject::firm) return exit_ok;  // deadlines and SAP section 6 are a person's
    const auto facts = std::find_if(data.people.begin(), data.people.end(),
                                    [&](const services::PersonFacts& p) { return p.codice_fiscale == m_codice_fiscale; });
    if (facts != data.people.end()) {
        print_facts(out, *facts);
        const auto delivered = services::delivered_of(history, services::Subject::person, m_codice_fiscale);
        const auto due = services::due_items(data.parameters, *facts, delivered, as_of);
        print_due(out, due);
        print_self_profiling(out, data.parameters, due, as_of);
        print_sanctions(out, services::person_sanctions(data.parameters, *facts));
    }
    out << "SAP sezione 6:\n";
    for (const auto& sp : services::section6_policies(history, m_system)) {
        const auto& p = sp.policy;
        out << "  " << p.tipo_attivita << " " << p.identificativo << " proposta " << p.proposed.to_iso() << " inizio "
            << optional_date(p.started) << " fine " << optional_date(p.ended);
        if (p.last_event) out << ", ultimo evento " << services::to_code(*p.last_event) << " " << services::label(*p.last_event);
        out << "\n";
        for (const auto& problem : services::validate_policy(p, data.catalogue.lists(sp.service, p.tipo_attivita))) {
            out << "    " << (problem.severity == services::Severity::blocking ? "vincolante" : "avviso") << " "
                << problem.field << ": " << problem.message << "\n";
        }
    }
    for (const auto& issue : data.issues.issues()) err << "rejected: " << issue.to_string() << "\n";
    return data.issues.empty() ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

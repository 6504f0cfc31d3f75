#include "gradus/services/sap_policy.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/services/identificativo_politica.hpp"

#include <algorithm>
#include <array>

namespace gradus::services {

namespace {

// SAP standard section 6: from these data proposta on, more fields are required.
const Date start_and_end_required_from = Date::from_ymd(2015, 12, 9);
const Date identificativo_required_from = Date::from_ymd(2017, 12, 4);

// Descrizione holds only the employer's codice fiscale or partita IVA for these codes.
constexpr std::array<std::string_view, 7> employer_codes{"D01", "E01", "E02", "E03", "H01", "H02", "H03"};

bool is_employer_code(const std::string& code) {
    return std::find(employer_codes.begin(), employer_codes.end(), code) != employer_codes.end();
}

char activity_class(const SapPolicy& p) { return p.tipo_attivita.empty() ? ' ' : p.tipo_attivita.front(); }

class Checks {
public:
    explicit Checks(const SapPolicy& p) : m_p(p) {}

    void blocking(std::string field, std::string rule, std::string message) {
        m_problems.push_back({Severity::blocking, std::move(field), std::move(rule), std::move(message)});
    }
    void warning(std::string field, std::string rule, std::string message) {
        m_problems.push_back({Severity::warning, std::move(field), std::move(rule), std::move(message)});
    }

    void dates() {
        const bool recent = m_p.proposed >= start_and_end_required_from;
        if (!m_p.started && (recent || m_p.ended)) {
            blocking("data_inizio", "data_inizio.obbligatoria",
                     "richiesta per proposte dal 09/12/2015 o quando c'e' la data fine");
        }
        const char c = activity_class(m_p);
        if (!m_p.ended && (recent || (m_p.started && (c == 'C' || c == 'D' || c == 'E')))) {
            blocking("data_fine", "data_fine.obbligatoria",
                     "richiesta per proposte dal 09/12/2015 o con data inizio per le attivita C, D, E");
        }
        if (m_p.started && *m_p.started < m_p.proposed) {
            blocking("data_inizio", "data_inizio.dopo_proposta", "la data inizio precede la data proposta");
        }
        if (m_p.started && m_p.ended && *m_p.ended < *m_p.started) {
            blocking("data_fine", "data_fine.dopo_inizio", "la data fine precede la data inizio");
        }
    }

    void duration() {
        if (m_p.duration.has_value() != !m_p.duration_unit.empty()) {
            blocking("durata", "durata.tipologia", "durata e tipologia durata vanno indicate insieme");
        }
        if (m_p.duration && *m_p.duration <= 0) {
            blocking("durata", "durata.positiva", "la durata deve essere positiva");
        }
    }

    void texts() {
        if (activity_class(m_p) == 'C' && m_p.denominazione.empty()) {
            blocking("denominazione", "denominazione.obbligatoria", "richiesta per le attivita di classe C");
        }
        if (is_employer_code(m_p.tipo_attivita) &&
            !CodiceFiscale::is_valid(m_p.description) && !PartitaIva::is_valid(m_p.description)) {
            blocking("descrizione", "descrizione.datore",
                     "per " + m_p.tipo_attivita + " deve contenere solo il codice fiscale o la partita IVA del datore");
        }
        if (m_p.tipo_attivita == "C06" && m_p.description.empty()) {
            blocking("descrizione", "descrizione.obbligatoria", "richiesta per C06");
        }
    }

    void identificativo() {
        if (m_p.identificativo.empty()) {
            if (m_p.proposed >= identificativo_required_from) {
                blocking("identificativo_politica", "identificativo.obbligatorio", "richiesto per proposte dal 04/12/2017");
            }
            return;
        }
        if (const auto problem = identificativo_form_problem(m_p.identificativo)) {
            blocking("identificativo_politica", "identificativo.forma", *problem);
            return;
        }
        if (m_p.promoter_code.size() == 11 && m_p.tipo_attivita.size() == 3 &&
            policy_check_character(m_p.promoter_code, m_p.tipo_attivita, m_p.proposed) != m_p.identificativo.back()) {
            warning("identificativo_politica", "identificativo.controllo",
                    "il carattere di controllo non corrisponde ai dati attuali (ammesso se modificati dopo l'invio)");
        }
    }

    void last_event() {
        if (!m_p.last_event || !m_p.last_event_date) {
            if (m_p.proposed >= identificativo_required_from) {
                blocking("ultimo_evento", "evento.obbligatorio", "richiesto per proposte dal 04/12/2017");
            }
            return;
        }
        const EventDateRule rule = date_rule(*m_p.last_event);
        const std::optional<Date> expected = rule == EventDateRule::proposed ? std::optional<Date>(m_p.proposed)
                                             : rule == EventDateRule::started ? m_p.started
                                             : rule == EventDateRule::ended   ? m_p.ended
                                                                              : m_p.last_event_date;
        if (expected != m_p.last_event_date) {
            blocking("data_evento", "evento.data",
                     "la data dell'evento " + to_code(*m_p.last_event) + " " + std::string(label(*m_p.last_event)) +
                         " deve coincidere con la data " +
                         (rule == EventDateRule::proposed ? "proposta" : rule == EventDateRule::started ? "inizio" : "fine"));
        }
    }

    std::vector<PolicyProblem> take() { return std::move(m_problems); }

private:
    const SapPolicy& m_p;
    std::vector<PolicyProblem> m_problems;
};

}  // namespace

std::vector<PolicyProblem> validate_policy(const SapPolicy& policy, bool code_in_catalogue) {
    Checks checks(policy);
    if (policy.promoter_code.size() != 11) {
        checks.blocking("codice_ente_promotore", "ente.forma", "il codice ente promotore ha 11 caratteri");
    }
    checks.dates();
    checks.duration();
    checks.texts();
    checks.identificativo();
    checks.last_event();
    if (!code_in_catalogue) {
        checks.warning("tipo_attivita", "tipo_attivita.catalogo",
                       "il codice " + policy.tipo_attivita + " non e' tra quelli del catalogo LEP");
    }
    return checks.take();
}

bool has_blocking(const std::vector<PolicyProblem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const PolicyProblem& p) { return p.severity == Severity::blocking; });
}

}  // namespace gradus::services

#include "gradus/services/identificativo_politica.hpp"
#include "gradus/services/sap_policy.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::services;

namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

// A complete, valid A02 (patto di servizio) proposed, started and ended.
SapPolicy patto() {
    SapPolicy p;
    p.tipo_attivita = "A02";
    p.proposed = d(2025, 3, 3);
    p.started = d(2025, 3, 3);
    p.ended = d(2025, 3, 3);
    p.promoter_code = "H501X000004";
    p.identificativo = make_identificativo_politica("08", 42, p.promoter_code, p.tipo_attivita, p.proposed);
    p.last_event = SapEvent::terminata;
    p.last_event_date = d(2025, 3, 3);
    return p;
}

std::vector<std::string> rules(const std::vector<PolicyProblem>& problems) {
    std::vector<std::string> ids;
    for (const PolicyProblem& p : problems) ids.push_back(p.rule);
    return ids;
}

}  // namespace

TEST_CASE("a complete policy passes every control") {
    CHECK(validate_policy(patto(), true).empty());
}

TEST_CASE("dates: inizio and fine required from 9 December 2015, in order") {
    SapPolicy p = patto();
    p.started.reset();
    p.ended.reset();
    p.last_event = SapEvent::proposta;
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"data_inizio.obbligatoria", "data_fine.obbligatoria"});
    p.proposed = d(2015, 12, 8);
    p.last_event_date = p.proposed;
    p.identificativo.clear();
    CHECK(validate_policy(p, true).empty());
    p = patto();
    p.started = d(2025, 3, 2);
    p.ended = d(2025, 3, 1);
    p.last_event_date = p.ended;
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"data_inizio.dopo_proposta", "data_fine.dopo_inizio"});
}

TEST_CASE("identificativo and ultimo evento required from 4 December 2017; the event date follows its rule") {
    SapPolicy p = patto();
    p.identificativo.clear();
    p.last_event.reset();
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"identificativo.obbligatorio", "evento.obbligatorio"});
    p = patto();
    p.last_event = SapEvent::iniziata;
    p.last_event_date = d(2025, 3, 4);
    const auto problems = validate_policy(p, true);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::blocking);
    CHECK(problems[0].message == "la data dell'evento 02 Iniziata deve coincidere con la data inizio");
    p.last_event = SapEvent::rifiuto;  // no constraint
    CHECK(validate_policy(p, true).empty());
}

TEST_CASE("a stale check character and a code outside the catalogue are warnings, not blocks") {
    SapPolicy p = patto();
    p.proposed = d(2025, 3, 2);
    p.last_event = SapEvent::terminata;
    const auto problems = validate_policy(p, false);
    CHECK(rules(problems) == std::vector<std::string>{"identificativo.controllo", "tipo_attivita.catalogo"});
    CHECK_FALSE(has_blocking(problems));
}

TEST_CASE("class C needs a denominazione, C06 a description, employer codes a CF or partita IVA") {
    SapPolicy p = patto();
    p.tipo_attivita = "C06";
    p.identificativo = make_identificativo_politica("08", 42, p.promoter_code, p.tipo_attivita, p.proposed);
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"denominazione.obbligatoria", "descrizione.obbligatoria"});
    p.tipo_attivita = "E01";
    p.identificativo = make_identificativo_politica("08", 42, p.promoter_code, p.tipo_attivita, p.proposed);
    p.description = "Mario Rossi srl";
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"descrizione.datore"});
    p.description = "00743110157";
    CHECK(validate_policy(p, true).empty());
}

TEST_CASE("durata and tipologia durata go together, durata positive") {
    SapPolicy p = patto();
    p.duration = 0;
    CHECK(rules(validate_policy(p, true)) == std::vector<std::string>{"durata.tipologia", "durata.positiva"});
    p.duration_unit = "O";
    p.duration = 12;
    CHECK(validate_policy(p, true).empty());
}

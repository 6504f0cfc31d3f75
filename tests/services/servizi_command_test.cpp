#include "../cli/run_gradus.hpp"

#include "gradus/store/ledger.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using Catch::Matchers::Contains;

namespace {

const std::string eventi = "fixtures/services/demo/eventi.xml";

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

// A store where an operator signed a patto with one person and a batch run ranked another.
std::string ledger_with_two_services(const test::TempDir& tmp) {
    const std::string url = "sqlite:" + (tmp.path() / "gradus.db").string();
    store::Store db(url);
    store::Ledger ledger(db);
    services::ServiceEvent patto;
    patto.subject_code = "RSSMRA80A01H501U";
    patto.office = "H501X000004";
    patto.service = "D";
    patto.sap_code = "A02";
    patto.event = services::SapEvent::terminata;
    patto.event_date = d(2025, 2, 10);
    patto.proposed = patto.started = patto.ended = d(2025, 2, 10);
    patto.operator_id = "op-17";
    ledger.append(patto, "2025-02-10T10:00:00Z");

    store::RunTransaction run(db, {"art16-rank", "0.1.0", d(2025, 3, 1), "threads=1", std::nullopt}, "2025-03-01T09:00:00Z");
    services::ServiceEvent ranked;
    ranked.subject_code = "LNELRA83S63G337V";
    ranked.office = "H501X000004";
    ranked.service = "K";
    ranked.sap_code = "B03";
    ranked.event = services::SapEvent::iniziata;
    ranked.event_date = d(2025, 3, 1);
    ranked.proposed = ranked.started = d(2025, 3, 1);
    ranked.outcome = "graduatoria avviso 12, posizione 3";
    ranked.run_id = run.run_id();
    ledger.append(ranked, "2025-03-01T09:00:01Z");
    run.commit("2025-03-01T09:00:02Z");
    return url;
}

}  // namespace

TEST_CASE("gradus servizi writes each office's due, overdue and given services and the SAP section 6") {
    test::TempDir tmp;
    const std::string db = ledger_with_two_services(tmp);
    const auto out = tmp.path() / "out";
    const auto r = test::run_gradus("servizi --as-of 2025-06-30 --sistema 08 --eventi " + eventi + " --db " + db +
                                        " --out " + out.string(), tmp);
    CHECK(r.exit_code == 1);  // the fixture's bad record
    CHECK_THAT(r.err, Contains("NREFNC92T10H501X"));
    const std::string rome = test::slurp(out / "servizi-H501X000004.csv");
    CHECK_THAT(rome, Contains("H501X000004;D;D;Patto di servizio personalizzato;erogato;1;RSSMRA80A01H501U"));
    CHECK_THAT(rome, Contains("H501X000004;K;K;"));
    CHECK_THAT(test::slurp(out / "servizi-H501X000004.html"), Contains("<td>LNELRA83S63G337V</td>"));
    CHECK_THAT(rome, Contains("Patto di servizio personalizzato;scaduto;1;LNELRA83S63G337V"));
    const std::string sap = test::slurp(out / "sap-sezione6.xml");
    CHECK_THAT(sap, Contains("<lavoratore codice_fiscale=\"RSSMRA80A01H501U\">"));
    CHECK_THAT(sap, !Contains("LNELRA83S63G337V"));
    CHECK_THAT(sap, Contains("tipo_attivita=\"A02\""));
    CHECK_THAT(sap, Contains("identificativo_politica=\"0800000001"));
    // The ranking has started but not ended: data fine is required, so it is held back.
    CHECK_THAT(test::slurp(out / "sap-controlli.csv"), Contains("LNELRA83S63G337V;K;"));
    CHECK_THAT(test::slurp(out / "sap-controlli.csv"), Contains("vincolante;data_fine;data_fine.obbligatoria"));
}

TEST_CASE("gradus persona prints the history, what is due and the sanctions") {
    test::TempDir tmp;
    const std::string db = ledger_with_two_services(tmp);
    const auto r = test::run_gradus("persona RSSMRA80A01H501U --as-of 2025-06-30 --eventi " + eventi + " --db " + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.out, Contains("LEP D SAP A02 evento 10 Terminata, ufficio H501X000004, operatore op-17"));
    CHECK_THAT(r.out, Contains("LEP G assegno di ricollocazione: dal 2025-06-02, senza termine: dovuto"));
    const auto late = test::run_gradus("persona LNELRA83S63G337V --as-of 2025-06-30 --eventi " + eventi + " --db " + db, tmp);
    CHECK_THAT(late.out, Contains("diritto all'autoprofilazione presso ANPAL dal 2025-03-17"));
    CHECK_THAT(r.out, Contains("2024-05-06 appuntamento n. 3 nell'episodio NASpI del 2024-01-15: decadenza"));
    const auto bad = test::run_gradus("persona RSSMRA80A01H501X --db " + db, tmp);
    CHECK(bad.exit_code == 2);
}

TEST_CASE("gradus servizi --registra records the services given as one run, setting bad records aside") {
    test::TempDir tmp;
    const std::string db = "sqlite:" + (tmp.path() / "gradus.db").string();
    const auto out = tmp.path() / "out";
    const auto r = test::run_gradus("servizi --as-of 2025-06-30 --registra fixtures/services/demo/erogati.xml --db " + db +
                                        " --out " + out.string(), tmp);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.out, Contains("registrati 4 servizi erogati"));
    CHECK_THAT(test::slurp(out / "scarti.csv"), Contains("BNCLRA85M41H501Z;servizio;xsd;"));
    CHECK_THAT(test::slurp(out / "servizi-H501X000004.csv"), Contains("H501X000004;P;P;Accoglienza e informazione;erogato;1;00743110157"));
    // Firms have no SAP: the section-6 export holds only persons.
    CHECK_THAT(test::slurp(out / "sap-sezione6.xml"), !Contains("00743110157"));
    store::Store store(db);
    const auto runs = store.list_runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == "servizi-registra");
    CHECK(store.run_files(runs[0].id).size() == 1);
    CHECK(store::Ledger(store).history(services::Subject::person, "LNELRA83S63G337V")[1].event.run_id == runs[0].id);
}

// gradus mirato end to end on the committed fixtures: both modes, the store, the ledger, the
// privacy of the public lists and the same bytes whatever the thread count.

#include "../cli/run_gradus.hpp"

#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>
#include <soci/soci.h>

#include <regex>

using namespace gradus;
using namespace gradus::test;

namespace {

std::string db_url(const TempDir& tmp) { return "sqlite:" + (tmp.path() / "gradus.db").string(); }

Outcome annual(const TempDir& tmp, const std::string& out, const std::string& extra = "") {
    return run_gradus("mirato --iscritti fixtures/mirato/lecco-iscritti.xml --data-riferimento 2025-12-31 "
                      "--allow-unknown --db '" + db_url(tmp) + "' --out '" + (tmp.path() / out).string() + "' " + extra,
                      tmp);
}

long long count(store::Store& db, const std::string& sql) {
    long long n = 0;
    db.session() << sql, soci::into(n);
    return n;
}

}  // namespace

TEST_CASE("gradus mirato: annual Lecco graduatoria, stored with one row per person", "[cm][cli]") {
    TempDir tmp;
    const auto r = annual(tmp, "out");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("criteria: lombardia-lecco-mirato") != std::string::npos);
    for (const char* f : {"graduatoria.xml", "graduatoria.csv", "graduatoria.html", "pubblica.csv", "pubblica.html", "scarti.csv"}) {
        CHECK(std::filesystem::exists(tmp.path() / "out" / f));
    }
    store::Store db(db_url(tmp));
    CHECK(count(db, "SELECT COUNT(*) FROM runs WHERE kind = 'mirato-rank'") == 1);
    CHECK(count(db, "SELECT COUNT(*) FROM mirato_graduatoria") == 2500);
    // LC00011 registered after the reference date.
    CHECK(count(db, "SELECT COUNT(*) FROM mirato_graduatoria WHERE numero_iscrizione = 'LC00011' AND motivo = "
                    "'iscrizione_successiva'") == 1);
    const std::string internal = slurp(tmp.path() / "out" / "graduatoria.csv");
    CHECK(internal.find("Parametro income.missing_points non noto") != std::string::npos);
    CHECK(internal.find("più vecchio di quanto i criteri ammettono") != std::string::npos);

    const auto replay = run_gradus("replay 1 --db '" + db_url(tmp) + "'", tmp);
    INFO(replay.err);
    CHECK(replay.exit_code == 0);
    CHECK(replay.out.find("identical") != std::string::npos);
}

TEST_CASE("gradus mirato refuses criteria with unknown numbers and leaves the store as it was", "[cm][cli]") {
    TempDir tmp;
    const auto r = run_gradus("mirato --iscritti fixtures/mirato/lecco-iscritti.xml --data-riferimento 2025-12-31 --db '" +
                                  db_url(tmp) + "' --out '" + (tmp.path() / "x").string() + "'",
                              tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("income.missing_points") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "x"));
    CHECK(run_gradus("runs --db '" + db_url(tmp) + "'", tmp).out.find("mirato-rank") == std::string::npos);
    CHECK(run_gradus("mirato --iscritti fixtures/mirato/lecco-iscritti.xml --out x", tmp).exit_code == 2);
}

TEST_CASE("gradus mirato gives the same bytes with 1 and 2 threads", "[cm][cli]") {
    TempDir tmp;
    annual(tmp, "one", "--no-store --threads 1");
    annual(tmp, "two", "--no-store --threads 2");
    for (const char* f : {"graduatoria.xml", "graduatoria.csv", "pubblica.csv", "pubblica.html"}) {
        const std::string one = slurp(tmp.path() / "one" / f);
        CHECK(!one.empty());
        CHECK(one == slurp(tmp.path() / "two" / f));
    }
}

TEST_CASE("The public mirato lists carry no name, codice fiscale, health or income data", "[cm][cli][privacy]") {
    TempDir tmp;
    annual(tmp, "out", "--no-store");
    const std::string internal = slurp(tmp.path() / "out" / "graduatoria.csv");
    const std::string pub = slurp(tmp.path() / "out" / "pubblica.csv") + slurp(tmp.path() / "out" / "pubblica.html");
    std::smatch m;
    int checked = 0;
    for (auto it = internal.cbegin();
         std::regex_search(it, internal.cend(), m, std::regex(";\"?([A-Z0-9]{16})\"?;\"?([^;\"]+)\"?;"));
         it = m.suffix().first) {
        CHECK(pub.find(m[1].str()) == std::string::npos);
        CHECK(pub.find(m[2].str()) == std::string::npos);
        ++checked;
    }
    CHECK(checked > 2000);
    for (const char* word : {"invalidit", "reddito", "isee", "ISEE", "carichi", "civile"}) CHECK(pub.find(word) == std::string::npos);
    using std::filesystem::perms;
    const auto mode = [&](const char* name) { return std::filesystem::status(tmp.path() / "out" / name).permissions(); };
    CHECK((mode("graduatoria.csv") & (perms::group_all | perms::others_all)) == perms::none);
    CHECK((mode("graduatoria.html") & (perms::group_all | perms::others_all)) == perms::none);
    CHECK((mode("pubblica.csv") & perms::others_read) == perms::others_read);
}

TEST_CASE("gradus mirato per call: the applicants to TO-2026-007, registered before its publication", "[cm][cli]") {
    TempDir tmp;
    const auto r = run_gradus("mirato --iscritti fixtures/mirato/torino-iscritti.xml --adesioni "
                              "fixtures/mirato/torino-adesioni.xml --allow-unknown --no-store --out '" +
                                  (tmp.path() / "out").string() + "'",
                              tmp);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("criteria: piemonte-mirato-2023") != std::string::npos);
    CHECK(r.out.find("chiamata al 2026-03-02 (chiamata TO-2026-007)") != std::string::npos);
    const std::string internal = slurp(tmp.path() / "out" / "graduatoria.csv");
    // TO00004 registered on the publication day itself.
    CHECK(std::regex_search(internal, std::regex("TO00004[^\\n]*escluso: iscrizione_successiva")));
}

TEST_CASE("gradus mirato --ufficio records one A01 per person and registration, never twice", "[cm][cli][servizi]") {
    TempDir tmp;
    REQUIRE(annual(tmp, "out", "--ufficio E507X000001").exit_code == 0);
    store::Store db(db_url(tmp));
    const long long ranked = count(db, "SELECT COUNT(*) FROM mirato_graduatoria WHERE esito = 'graduatoria'");
    CHECK(ranked > 2000);
    CHECK(count(db, "SELECT COUNT(*) FROM service_events WHERE sap_code = 'A01' AND service = 'M1'") == ranked);
    REQUIRE(annual(tmp, "again", "--ufficio E507X000001").exit_code == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM service_events WHERE sap_code = 'A01' AND service = 'M1'") == ranked);
}

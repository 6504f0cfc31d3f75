// gradus mirato with an avviamento, end to end on the committed fixtures: the requests file and a
// prospetto's postilavoro, the outputs next to the graduatoria, the run and the M6 services.

#include "../cli/run_gradus.hpp"

#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>
#include <soci/soci.h>

#include <sys/stat.h>

using namespace gradus;
using namespace gradus::test;

namespace {

std::string db_url(const TempDir& tmp) { return "sqlite:" + (tmp.path() / "gradus.db").string(); }

Outcome with_avviamento(const TempDir& tmp, const std::string& extra) {
    return run_gradus("mirato --iscritti fixtures/mirato/lecco-iscritti.xml --data-riferimento 2025-12-31 --allow-unknown "
                      "--richieste fixtures/mirato/richieste/richieste.xml --prospetti fixtures/mirato/prospetti "
                      "--db '" + db_url(tmp) + "' --out '" + (tmp.path() / "out").string() + "' " + extra,
                      tmp);
}

long long count(store::Store& db, const std::string& sql) {
    long long n = 0;
    db.session() << sql, soci::into(n);
    return n;
}

unsigned mode_of(const std::filesystem::path& file) {
    struct stat s {};
    ::stat(file.c_str(), &s);
    return s.st_mode & 0777;
}

}  // namespace

TEST_CASE("gradus mirato --richieste --prospetti: proposals next to the graduatoria, M6/B03 per person proposed", "[cm][cli][avviamento]") {
    TempDir tmp;
    const auto r = with_avviamento(tmp, "--ufficio E507X000001 --data-avviamento 2026-03-12");
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("avviamento al 2026-03-12: 6 requests") != std::string::npos);
    const auto out = tmp.path() / "out";
    for (const char* f : {"graduatoria.html", "avviamento-richieste.csv", "avviamento.csv", "avviamento.xml",
                          "avviamento.html", "avviamento-scarti.csv"}) {
        CHECK(std::filesystem::exists(out / f));
        CHECK(mode_of(out / f) == 0600);
    }
    CHECK(mode_of(out / "pubblica-avviamento.csv") == 0644);
    CHECK(mode_of(out / "pubblica-avviamento.html") == 0644);

    // Four requests of the file and the two posts of prospetto 35, each with its procedure on 12/3/2026.
    const std::string richieste = slurp(out / "avviamento-richieste.csv");
    CHECK(richieste.find("R-2025-001;") != std::string::npos);
    CHECK(richieste.find("PI24000000000035-058-2;") != std::string::npos);
    CHECK(richieste.find(";2025-01-10;2025-01-15;2025-03-11;2025-03-12;numerica_d_ufficio;proposta;2;2;2;0") !=
          std::string::npos);
    const std::string pubblica = slurp(out / "pubblica-avviamento.csv");
    CHECK(pubblica.find(";proposto;1;") != std::string::npos);
    CHECK(pubblica.find("LC0") != std::string::npos);

    store::Store db(db_url(tmp));
    const long long proposed = count(db, "SELECT COUNT(*) FROM service_events WHERE service = 'M6' AND sap_code = 'B03'");
    CHECK(proposed > 0);
    const std::string internal = slurp(out / "avviamento.csv");
    long long rows = 0;
    for (std::size_t at = internal.find(";proposto;"); at != std::string::npos; at = internal.find(";proposto;", at + 1)) ++rows;
    CHECK(proposed == rows);
    CHECK(count(db, "SELECT COUNT(*) FROM run_files WHERE role = 'richieste'") == 1);

    // The stored run recomputes to the same bytes, the avviamento's outputs included.
    const auto replay = run_gradus("replay 1 --db '" + db_url(tmp) + "'", tmp);
    INFO(replay.out << replay.err);
    CHECK(replay.exit_code == 0);
    CHECK(replay.out.find("avviamento.xml") != std::string::npos);
    CHECK(replay.out.find("identical") != std::string::npos);
}

TEST_CASE("gradus mirato: the avviamento gives the same bytes whatever the thread count", "[cm][cli][avviamento]") {
    TempDir one, two;
    REQUIRE(with_avviamento(one, "--no-store --threads 1").exit_code == 0);
    REQUIRE(with_avviamento(two, "--no-store --threads 2").exit_code == 0);
    for (const char* f : {"avviamento.csv", "avviamento.xml", "pubblica-avviamento.csv"}) {
        CHECK(slurp(one.path() / "out" / f) == slurp(two.path() / "out" / f));
    }
}

TEST_CASE("gradus mirato: a bad request is refused with its place and the others are served", "[cm][cli][avviamento]") {
    TempDir tmp;
    const auto r = run_gradus("mirato --iscritti fixtures/mirato/lecco-iscritti.xml --data-riferimento 2025-12-31 "
                              "--allow-unknown --no-store --richieste fixtures/mirato/richieste/scartate.xml --out '" +
                                  (tmp.path() / "out").string() + "'",
                              tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("scartate.xml:14") != std::string::npos);
    CHECK(r.err.find("codice_fiscale") != std::string::npos);
    const std::string scarti = slurp(tmp.path() / "out" / "avviamento-scarti.csv");
    CHECK(scarti.find("R-ZERO") != std::string::npos);
    CHECK(slurp(tmp.path() / "out" / "avviamento-richieste.csv").find("R-OK;") != std::string::npos);
}

// gradus lsu end to end on the fixtures of each regime: outputs, the body's list without
// amounts, the C06 records, the recorded run, and byte-identical reruns.

#include "../cli/run_gradus.hpp"

#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

const std::vector<std::string> outputs = {"lsu-ente.csv",     "lsu-ente.html",     "lsu-verifica.csv", "lsu-verifica.html",
                                          "lsu-proroghe.csv", "lsu-servizi.csv",   "scarti.csv"};

std::string db_url(const TempDir& tmp) { return "sqlite:" + (tmp.path() / "gradus.db").string(); }

Outcome lsu(const TempDir& tmp, const std::string& fixture, const std::string& as_of, const std::string& out,
            const std::string& extra = "") {
    return run_gradus("lsu --progetto fixtures/lsu/" + fixture + "/progetto.xml --as-of " + as_of + " --db '" +
                          db_url(tmp) + "' --out '" + (tmp.path() / out).string() + "' " + extra,
                      tmp);
}

long lines(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

}  // namespace

TEST_CASE("gradus lsu, art. 7 D.Lgs. 468/1997: the body's list in priority order, no amounts", "[lsu][cli]") {
    TempDir tmp;
    const auto r = lsu(tmp, "art7-468", "2026-03-20", "out");
    CHECK(r.exit_code == 1);  // the malformed candidate
    CHECK(r.out.find("4 idonei, 4 non idonei, 1 da verificare, 1 records rejected") != std::string::npos);
    for (const auto& name : outputs) CHECK(std::filesystem::file_size(tmp.path() / "out" / name) > 0);
    const std::string ente = slurp(tmp.path() / "out" / "lsu-ente.csv");
    CHECK(lines(ente) == 5);
    // Residents of Forlì by residual (Bianchi to 2027-03-31, Ricci and Verdi to 2026-12-31, by codice
    // fiscale), then Rossi of Forlimpopoli with the longest residual of all.
    CHECK(ente.find("Bianchi") < ente.find("Ricci"));
    CHECK(ente.find("Ricci") < ente.find("Verdi"));
    CHECK(ente.find("Verdi") < ente.find("Rossi"));
    CHECK(ente.find("980") == std::string::npos);
    CHECK(ente.find("1020") == std::string::npos);
    const std::string verifica = slurp(tmp.path() / "out" / "lsu-verifica.csv");
    CHECK(verifica.find("BDP-2026-0104") != std::string::npos);
    CHECK(verifica.find("D.Lgs. 468/1997 art. 7 c. 1") != std::string::npos);
}

TEST_CASE("gradus lsu writes one C06 record per verified person and records the run", "[lsu][cli][store]") {
    TempDir tmp;
    lsu(tmp, "art26", "2026-04-27", "out");
    const std::string servizi = slurp(tmp.path() / "out" / "lsu-servizi.csv");
    CHECK(lines(servizi) == 7);
    CHECK(servizi.find(";L;C06;2026-04-27;") != std::string::npos);
    store::Store db(db_url(tmp));
    const auto runs = db.list_runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == "lsu-verifica");
    CHECK(runs[0].status == store::RunStatus::succeeded);
    CHECK(runs[0].options.find("regole=lsu-art26-dlgs150-2015") != std::string::npos);
    CHECK(servizi.find(";FC-APU-2026-011;" + std::to_string(runs[0].id)) != std::string::npos);
}

TEST_CASE("gradus lsu, art. 26 D.Lgs. 150/2015: outcomes of the demo people", "[lsu][cli]") {
    TempDir tmp;
    const auto r = lsu(tmp, "art26", "2026-04-27", "out", "--no-store");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("1 idonei, 3 non idonei, 2 da verificare") != std::string::npos);
}

TEST_CASE("gradus lsu, D.Lgs. 81/2000: the proroga is admitted and the unknown residence rule leaves people to verify",
          "[lsu][cli]") {
    TempDir tmp;
    const auto r = lsu(tmp, "dlgs81", "2026-01-12", "out", "--no-store");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("0 idonei, 1 non idonei, 2 da verificare") != std::string::npos);
    const std::string proroghe = slurp(tmp.path() / "out" / "lsu-proroghe.csv");
    CHECK(proroghe.find("proroga 1;2027-01-14;ammessa") != std::string::npos);
}

TEST_CASE("gradus lsu gives the same bytes twice", "[lsu][cli][determinism]") {
    TempDir tmp;
    lsu(tmp, "art7-468", "2026-03-20", "one", "--no-store");
    lsu(tmp, "art7-468", "2026-03-20", "two", "--no-store");
    for (const auto& name : outputs) {
        INFO(name);
        CHECK(slurp(tmp.path() / "one" / name) == slurp(tmp.path() / "two" / name));
    }
}

TEST_CASE("gradus lsu refuses a date with no rule set in force", "[lsu][cli]") {
    TempDir tmp;
    const auto r = lsu(tmp, "art26", "2014-01-01", "out", "--no-store");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no LSU rule set") != std::string::npos);
}

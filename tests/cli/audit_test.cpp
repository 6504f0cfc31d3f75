// Auditors' commands on a recorded ranking: replay (same bytes from the stored inputs, in a new
// process), explain (every point and the key that broke a tie).

#include "run_gradus.hpp"

#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>
#include <soci/soci.h>

using namespace gradus;
using namespace gradus::test;

namespace {

std::string ranked_demo(const TempDir& tmp) {
    const std::string db = " --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'";
    run_gradus("rank --avviso fixtures/art16/demo/avviso.xml --candidature fixtures/art16/demo/candidature-1.xml "
               "fixtures/art16/demo/candidature-2.xml --out '" + (tmp.path() / "out").string() + "'" + db,
               tmp);
    return db;
}

}  // namespace

TEST_CASE("replay recomputes a run from its stored inputs and finds every output identical", "[cli][audit]") {
    TempDir tmp;
    const std::string db = ranked_demo(tmp);
    const auto r = run_gradus("replay 1" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("replay of run 1: identical (recorded as run 2)") != std::string::npos);
    CHECK(r.out.find("graduatoria.xml: identical") != std::string::npos);
    const auto runs = run_gradus("runs" + db, tmp).out;
    CHECK(runs.find("replay\tsucceeded") != std::string::npos);
}

TEST_CASE("replay shows where a stored output differs from the recomputed one", "[cli][audit]") {
    TempDir tmp;
    const std::string db = ranked_demo(tmp);
    {
        // Point the run's graduatoria.csv at the bytes of pubblica.csv, as a tampered record would.
        store::Store s("sqlite:" + (tmp.path() / "gradus.db").string());
        s.session() << "UPDATE run_files SET sha256 = (SELECT sha256 FROM run_files WHERE run_id = 1 AND name = "
                       "'pubblica.csv') WHERE run_id = 1 AND name = 'graduatoria.csv'";
    }
    const auto r = run_gradus("replay 1" + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("graduatoria.csv: DIFFERENT, line 1") != std::string::npos);
    CHECK(r.out.find("graduatoria.xml: identical") != std::string::npos);
    CHECK(r.out.find("replay of run 1: different") != std::string::npos);
}

TEST_CASE("replay refuses what is not a recorded ranking", "[cli][audit]") {
    TempDir tmp;
    const std::string db = ranked_demo(tmp);
    auto r = run_gradus("replay 99" + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no run 99") != std::string::npos);
    run_gradus("check-store" + db, tmp);
    r = run_gradus("replay 2" + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("only art. 16 rankings and L. 68 obligations batches can be recomputed") != std::string::npos);
}

TEST_CASE("explain shows every component, its source and the tie-break against the neighbour", "[cli][audit]") {
    TempDir tmp;
    const std::string db = ranked_demo(tmp);
    // 2026/000166 and 2026/000260 both score 110 in the demo; the younger (000260) comes first.
    auto r = run_gradus("explain 1 --protocollo 2026/000166" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Posizione 3 su 287, punteggio 110") != std::string::npos);
    CHECK(r.out.find("isee.punti = -1") != std::string::npos);
    CHECK(r.out.find("over_half") != std::string::npos);
    CHECK(r.out.find("dato usato: origine = candidature-2.xml:") != std::string::npos);
    CHECK(r.out.find("sotto la posizione 2, protocollo 2026/000260, punteggio 110: decide 'piu_giovane'") !=
          std::string::npos);

    r = run_gradus("explain 1 --persona rccnio05s49h199a --xml" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("<escluso codice=\"codice_fiscale\"") != std::string::npos);

    r = run_gradus("explain 1 --protocollo 2026/999999" + db, tmp);
    CHECK(r.exit_code == 1);
    r = run_gradus("explain 1" + db, tmp);
    CHECK(r.exit_code == 2);
}

TEST_CASE("verify walks the chain; a one-byte change to a stored result is found", "[cli][audit]") {
    TempDir tmp;
    const std::string db = ranked_demo(tmp);
    run_gradus("replay 1" + db, tmp);
    auto r = run_gradus("verify" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("verified: 2 runs in the chain") != std::string::npos);
    CHECK(r.out.find("chain head: ") != std::string::npos);
    {
        store::Store s("sqlite:" + (tmp.path() / "gradus.db").string());
        s.session() << "UPDATE art16_graduatoria SET punteggio = '111' WHERE run_id = 1 AND posizione = 2";
    }
    r = run_gradus("verify" + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("NOT VERIFIED: first mismatch: run 1 (link 1): its result rows") != std::string::npos);
}

TEST_CASE("an obligations batch replays identically and explains one employer", "[cli][audit][l68]") {
    TempDir tmp;
    const std::string db = " --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'";
    run_gradus("obblighi --as-of 2025-06-30 --prospetti fixtures/l68/prospetti --out '" + (tmp.path() / "l68").string() +
                   "'" + db,
               tmp);
    auto r = run_gradus("replay 1" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("obblighi.csv: identical") != std::string::npos);
    CHECK(r.out.find("replay of run 1: identical") != std::string::npos);

    // 01-soglia-14.xml: 14 employees, below the 15 of art. 3 c. 1 lett. c: no band, no quota.
    r = run_gradus("explain 1 --datore 10000000017" + db, tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("letto da fixtures/l68/prospetti/01-soglia-14.xml") != std::string::npos);
    CHECK(r.out.find("Fascia nessuna") != std::string::npos);
    CHECK(r.out.find("dipendenti (nlavoratori): 14") != std::string::npos);
    CHECK(r.out.find("quota di riserva disabili: 0") != std::string::npos);

    r = run_gradus("explain 1 --datore 99999999999" + db, tmp);
    CHECK(r.exit_code == 1);
    r = run_gradus("explain 1 --datore 10000000017 --protocollo 1" + db, tmp);
    CHECK(r.exit_code == 2);
}

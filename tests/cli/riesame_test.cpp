// gradus riesame end to end: decisions applied to a recorded provisional ranking, the new run
// linked to it, the diff, late requests, and a replay of the riesame run.

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

using namespace gradus::test;

namespace {

const char* demo_inputs =
    "--avviso fixtures/art16/demo/avviso.xml "
    "--candidature fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml";

std::string db(const TempDir& tmp) { return " --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'"; }

}  // namespace

TEST_CASE("riesame moves the person whose ISEE rose and lets in an annulled exclusion", "[cli][riesame]") {
    TempDir tmp;
    run_gradus("rank " + std::string(demo_inputs) + " --out '" + (tmp.path() / "prov").string() + "'" + db(tmp), tmp);
    const auto r = run_gradus("riesame 1 --rettifiche fixtures/art16/demo/rettifiche.xml --out '" +
                                  (tmp.path() / "def").string() + "'" + db(tmp),
                              tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("3 decisions applied, 0 refused") != std::string::npos);
    CHECK(r.out.find("run: 2 (linked to run 1)") != std::string::npos);
    const std::string diff = slurp(tmp.path() / "def" / "riesame.csv");
    // 2026/000070 was first with 111 (ISEE 0): ISEE 20400.00 -> 20 steps -> 91, far down.
    CHECK(diff.find("2026/000070;Marino;Monica;si sposta;-120;1;111;posto;121;91;idoneo;ISEE rettificato a 20.400,00") !=
          std::string::npos);
    CHECK(diff.find("2026/000297;Marchetti;Fatima;entra;") != std::string::npos);
    CHECK(diff.find("effetto delle rettifiche di altri candidati") != std::string::npos);
    CHECK(run_gradus("replay 2" + db(tmp), tmp).out.find("replay of run 2: identical") != std::string::npos);
}

TEST_CASE("riesame under Veneto's 10-day window reports a late request as late", "[cli][riesame]") {
    TempDir tmp;
    run_gradus("rank " + std::string(demo_inputs) + " --criteria criteria/veneto-art16-dgr1219-2021.xml --out '" +
                   (tmp.path() / "prov").string() + "'" + db(tmp),
               tmp);
    const auto r = run_gradus("riesame 1 --rettifiche fixtures/art16/demo/rettifiche.xml --out '" +
                                  (tmp.path() / "def").string() + "'" + db(tmp),
                              tmp);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("2 decisions applied, 1 refused") != std::string::npos);
    const std::string verdicts = slurp(tmp.path() / "def" / "rettifiche.csv");
    // Published 2026-04-01; asked 2026-04-22, beyond 2026-04-11.
    CHECK(verdicts.find("2026/000228;2026-04-22;") != std::string::npos);
    CHECK(verdicts.find("non applicata;richiesta del 22/04/2026 oltre i 10 giorni") != std::string::npos);
}

TEST_CASE("riesame refuses a decisions file for another avviso", "[cli][riesame]") {
    TempDir tmp;
    run_gradus("rank " + std::string(demo_inputs) + " --out '" + (tmp.path() / "prov").string() + "'" + db(tmp), tmp);
    std::string text = slurp(source_dir / "fixtures/art16/demo/rettifiche.xml");
    text.replace(text.find("ER-FC-2026-0007"), 15, "ALTRO-2026-0001");
    std::ofstream(tmp.path() / "other.xml", std::ios::binary) << text;
    const auto r = run_gradus("riesame 1 --rettifiche '" + (tmp.path() / "other.xml").string() + "' --out '" +
                                  (tmp.path() / "def").string() + "'" + db(tmp),
                              tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("ALTRO-2026-0001") != std::string::npos);
}

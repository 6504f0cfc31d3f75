// gradus obblighi --ufficio: computing a firm's obligations is a service to that firm (DM 4/2018
// All. B, LEP S "computo/determinazione del numero di soggetti da assumere"), recorded in the same
// run as the computation and shown in the firm's history.

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

using namespace gradus::test;

TEST_CASE("obblighi --ufficio records LEP S for each firm whose obligations it computed (DM 4/2018 LEP S)",
          "[cli][obblighi][servizi]") {
    TempDir tmp;
    const std::string db = " --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'";
    const auto r = run_gradus("obblighi --ufficio H501C000001 --as-of 2025-06-30 --prospetti fixtures/l68/prospetti"
                              " --out '" + (tmp.path() / "obblighi").string() + "'" + db,
                              tmp);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("servizi: LEP S recorded for ") != std::string::npos);
    CHECK(r.out.find("left out") == std::string::npos);

    // 12-esonero-approvato: base 100, category A, quota 7 disabled (art. 3 c. 1 lett. a) and 1 art. 18;
    // 4 units exempted (art. 5 c. 3), 2 disabled in service: 7 - 4 - 2 = 1 short, and 1 art. 18 short.
    const auto firm = run_gradus("persona 10000000124 --as-of 2025-07-01" + db, tmp);
    CHECK(firm.exit_code == 0);
    CHECK(firm.out.find("impresa 10000000124 al 2025-07-01") != std::string::npos);
    CHECK(firm.out.find("LEP S") != std::string::npos);
    CHECK(firm.out.find("ufficio H501C000001, run 1: computo obblighi L. 68/1999, prospetto PI24000000000012: "
                        "categoria A, quota disabili 7, esonerati 4, art. 18 1, scoperture 1 + 1") != std::string::npos);

    // The firm had no service before the run's reference date.
    const auto before = run_gradus("persona 10000000124 --as-of 2025-06-29" + db, tmp);
    CHECK(before.out.find("LEP S") == std::string::npos);
}

TEST_CASE("obblighi --ufficio refuses --no-store and a malformed office code", "[cli][obblighi][servizi]") {
    TempDir tmp;
    CHECK(run_gradus("obblighi --no-store --ufficio H501C000001 --as-of 2025-06-30 --prospetti x --out y", tmp).exit_code == 2);
    CHECK(run_gradus("obblighi --ufficio H501 --as-of 2025-06-30 --prospetti x --out y", tmp).exit_code == 2);
}

// gradus lsu --ufficio: the check is a service (LEP L, SAP C06) each verified person can see in
// their history, in the same run as the check.

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

using namespace gradus::test;

TEST_CASE("lsu --ufficio records a C06 service per verified person", "[cli][lsu][servizi]") {
    TempDir tmp;
    const std::string db = " --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'";
    const auto r = run_gradus("lsu --ufficio D704X000001 --as-of 2026-03-20 --progetto fixtures/lsu/art7-468/progetto.xml"
                              " --out '" + (tmp.path() / "lsu").string() + "'" + db,
                              tmp);
    CHECK(r.exit_code == 1);  // the fixture's malformed candidate
    const auto p = run_gradus("persona BNCLRA72C54D704A --as-of 2026-04-01" + db, tmp);
    CHECK(p.exit_code == 0);
    CHECK(p.out.find("LEP L SAP C06 evento 10 Terminata, ufficio D704X000001, run 1: verifica LSU progetto "
                     "FC-LSU-2026-003: idoneo") != std::string::npos);
    CHECK(run_gradus("lsu --no-store --ufficio D704X000001 --as-of 2026-03-20 --progetto x.xml --out y", tmp).exit_code == 2);
}

#include "avviamento_builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::cm;
using namespace gradus::cm::avviamento_test;

TEST_CASE("The shipped term of art. 9 c. 1: 60 days from 24/9/2015, verified, with its act", "[cm][avviamento][data]") {
    const AvviamentoTerms terms = shipped_terms();
    REQUIRE(terms.rows().size() == 1);
    const TermRow* row = terms.in_force(day(2025, 1, 10));
    REQUIRE(row);
    CHECK(row->days == 60);
    CHECK(row->status == "[V]");
    CHECK(row->act.find("art. 7 c. 1-bis") != std::string::npos);
    CHECK(terms.in_force(day(2015, 9, 24)));
    CHECK_FALSE(terms.in_force(day(2015, 9, 23)));
}

TEST_CASE("A term file with overlapping periods, a bad number or no status is refused with its line", "[cm][avviamento][data]") {
    const std::string header = "parametro;dal;al;giorni;atto;stato\n";
    CHECK_THROWS_WITH(AvviamentoTerms::parse(header + "termine_assunzione;2015-09-24;;60;L. 68/1999;[V]\n"
                                                      "termine_assunzione;2020-01-01;;90;altro;[I]\n", "t.csv"),
                      Catch::Contains("t.csv:3") && Catch::Contains("overlaps"));
    CHECK_THROWS_WITH(AvviamentoTerms::parse(header + "termine_assunzione;2015-09-24;;sessanta;L. 68/1999;[V]\n", "t.csv"),
                      Catch::Contains("t.csv:2") && Catch::Contains("giorni"));
    CHECK_THROWS_WITH(AvviamentoTerms::parse(header + "termine_assunzione;2015-09-24;;60;L. 68/1999;\n", "t.csv"),
                      Catch::Contains("stato"));
    CHECK_THROWS_WITH(AvviamentoTerms::parse(header + "termine;2015-09-24;;60;L. 68/1999;[V]\n", "t.csv"),
                      Catch::Contains("unknown parametro"));
}

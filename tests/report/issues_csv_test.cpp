#include "gradus/report/issues_csv.hpp"

#include <catch2/catch.hpp>

using namespace gradus;

TEST_CASE("scarti.csv lists each rejected record with its place, field and rule", "[report][scarti]") {
    IssueLog log;
    log.add({{"cand-1.xml", 42, 7}, "2026/000017", "isee", "xsd", "value '1,5' is not a decimal; check"});
    const std::string csv = report::issues_csv(log);
    const std::string bom = "\xEF\xBB\xBF";
    // The message holds a ';', so it is quoted (RFC 4180).
    CHECK(csv == bom + "file;riga;colonna;record;campo;regola;messaggio\r\n"
                       "cand-1.xml;42;7;2026/000017;isee;xsd;\"value '1,5' is not a decimal; check\"\r\n");
}

TEST_CASE("scarti.csv of a clean batch is just the header", "[report][scarti]") {
    CHECK(report::issues_csv(IssueLog{}) == "\xEF\xBB\xBF" "file;riga;colonna;record;campo;regola;messaggio\r\n");
}

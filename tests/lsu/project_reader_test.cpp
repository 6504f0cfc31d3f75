// The project reader: the demo fixture, and bad records set aside while the others are read.

#include "../cli/run_gradus.hpp"

#include "gradus/xml/lsu_project_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;

namespace {

const std::filesystem::path schemas = test::source_dir / "schemas";

lsu::Project read(const std::string& bytes, lsu::Records& records, IssueLog& issues) {
    return xml::read_lsu_project(bytes, "progetto.xml", schemas, records, issues);
}

}  // namespace

TEST_CASE("the art. 7 demo project reads whole, and its malformed candidate is set aside", "[lsu][xml]") {
    lsu::Records records;
    IssueLog issues;
    const auto p = read(test::slurp(test::source_dir / "fixtures/lsu/art7-468/progetto.xml"), records, issues);
    CHECK(p.id == "FC-LSU-2026-003");
    CHECK(p.regime == lsu::Regime::art7_468_1997);
    CHECK(p.tipologia == "d");
    CHECK(p.cpi_area.size() == 3);
    CHECK(p.mansioni.size() == 2);
    CHECK(p.mansioni[0].description == "Addetti ai servizi di pulizia di edifici pubblici");
    CHECK(p.comparable_net_pay == Decimal::parse("1450"));
    CHECK(records.candidates.size() == 9);
    CHECK(records.benefits.size() == 9);
    REQUIRE(records.employments.size() == 3);
    CHECK(records.employments[0].cigs.front().zero_hours);
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues().front().rule == "xsd");
    CHECK(issues.issues().front().where.line > 0);
}

TEST_CASE("a benefit that ends before it starts is set aside as incoherent", "[lsu][xml]") {
    std::string text = test::slurp(test::source_dir / "fixtures/lsu/dlgs81/progetto.xml");
    const std::string end = "<fine>2027-01-14</fine>\n      <importo_mensile>";
    text.replace(text.find(end), end.size(), "<fine>2024-01-14</fine>\n      <importo_mensile>");
    lsu::Records records;
    IssueLog issues;
    read(text, records, issues);
    CHECK(records.benefits.size() == 1);
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues().front().rule == "coerenza");
    CHECK(issues.issues().front().record == "BDP-2026-0301");
}

TEST_CASE("a project whose end precedes its start is refused whole", "[lsu][xml]") {
    std::string text = test::slurp(test::source_dir / "fixtures/lsu/dlgs81/progetto.xml");
    text.replace(text.find("<fine>2026-07-14</fine>"), 23, "<fine>2025-07-14</fine>");
    lsu::Records records;
    IssueLog issues;
    CHECK_THROWS_AS(read(text, records, issues), InputError);
}

TEST_CASE("a person listed twice among the candidates is set aside the second time", "[lsu][xml]") {
    std::string text = test::slurp(test::source_dir / "fixtures/lsu/dlgs81/progetto.xml");
    const auto first = text.find("    <candidato>");
    const auto end = text.find("</candidato>", first) + std::string("</candidato>\n").size();
    text.insert(end, text.substr(first, end - first));
    lsu::Records records;
    IssueLog issues;
    read(text, records, issues);
    CHECK(records.candidates.size() == 3);
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues().front().rule == "duplicato");
}

#include "gradus/report/html_table.hpp"

#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using gradus::InternalError;
using gradus::report::HtmlTable;

TEST_CASE("HtmlTable writes a header and escaped cells, numeric columns right-aligned", "[report][html]") {
    HtmlTable table({{"Posizione", true}, {"Cognome & nome", false}});
    CHECK(table.empty());
    table.add_row({"1", "<b>Rossi</b>"});
    CHECK_FALSE(table.empty());
    CHECK(table.html() ==
          "<table>\n"
          "<thead><tr><th class=\"num\">Posizione</th><th>Cognome &amp; nome</th></tr></thead>\n"
          "<tbody>\n"
          "<tr><td class=\"num\">1</td><td>&lt;b&gt;Rossi&lt;/b&gt;</td></tr>\n"
          "</tbody>\n"
          "</table>\n");
}

TEST_CASE("HtmlTable refuses a row with the wrong number of cells", "[report][html]") {
    HtmlTable table({{"a", false}, {"b", false}});
    CHECK_THROWS_AS(table.add_row({"1"}), InternalError);
}

TEST_CASE("an HtmlTable written in pieces has the bytes of the whole one", "[report][html]") {
    const std::vector<gradus::report::HtmlColumn> columns = {{"Posizione", true}, {"Cognome & nome", false}};
    HtmlTable table(columns);
    table.add_row({"1", "<b>Rossi</b>"});
    table.add_row({"2", "D'Angelo"});
    std::string pieces = gradus::report::html_table_head(columns);
    gradus::report::HtmlRowWriter(pieces, columns).cell(1).cell("<b>Rossi</b>").end();
    gradus::report::HtmlRowWriter(pieces, columns).cell("2").cell("D'Angelo").end();
    pieces += gradus::report::html_table_tail;
    CHECK(pieces == table.html());
}

TEST_CASE("HtmlRowWriter refuses a row with too few or too many cells", "[report][html]") {
    const std::vector<gradus::report::HtmlColumn> columns = {{"a", false}, {"b", false}};
    std::string out;
    gradus::report::HtmlRowWriter short_row(out, columns);
    short_row.cell("1");
    CHECK_THROWS_AS(short_row.end(), InternalError);
    gradus::report::HtmlRowWriter long_row(out, columns);
    long_row.cell("1").cell("2");
    CHECK_THROWS_AS(long_row.cell("3"), InternalError);
}

TEST_CASE("HtmlTable in pieces gives the same markup as html()", "[report][html]") {
    HtmlTable table({{"Codice fiscale", false}, {"Giorni", true}});
    table.add_row({"RSSMRA80A01H501U", "3"});
    table.add_row({"Bianchi & figli", "<12>"});
    const std::string pieces = table.head() + table.row({"RSSMRA80A01H501U", "3"}) +
                               table.row({"Bianchi & figli", "<12>"}) + std::string(HtmlTable::tail());
    CHECK(pieces == table.html());
    CHECK_THROWS_AS(table.row({"solo una cella"}), InternalError);
}

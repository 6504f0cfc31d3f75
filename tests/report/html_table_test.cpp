#include "gradus/report/html_table.hpp"

#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

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

TEST_CASE("HtmlTable in pieces gives the same markup as html()", "[report][html]") {
    HtmlTable table({{"Codice fiscale", false}, {"Giorni", true}});
    table.add_row({"RSSMRA80A01H501U", "3"});
    table.add_row({"Bianchi & figli", "<12>"});
    const std::string pieces = table.head() + table.row({"RSSMRA80A01H501U", "3"}) +
                               table.row({"Bianchi & figli", "<12>"}) + std::string(HtmlTable::tail());
    CHECK(pieces == table.html());
    CHECK_THROWS_AS(table.row({"solo una cella"}), InternalError);
}

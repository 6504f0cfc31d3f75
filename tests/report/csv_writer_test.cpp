#include "gradus/report/csv_writer.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::Decimal;
using gradus::report::CsvWriter;

namespace {
const std::string bom = "\xEF\xBB\xBF";
}  // namespace

TEST_CASE("CsvWriter starts with a UTF-8 byte order mark", "[report][csv]") {
    CHECK(CsvWriter().bytes() == bom);
}

TEST_CASE("CsvWriter separates cells by ';' and ends rows with CRLF", "[report][csv]") {
    CsvWriter csv;
    csv.text("a").integer(2).empty().end_row();
    csv.empty().text("b").end_row();
    CHECK(csv.bytes() == bom + "a;2;\r\n;b\r\n");
}

TEST_CASE("CsvWriter writes decimals with a comma, no grouping and no formula guard", "[report][csv]") {
    CsvWriter csv;
    csv.number(Decimal::parse("1234.50")).number(Decimal::parse("-1.5")).number(Decimal(7)).end_row();
    CHECK(csv.bytes() == bom + "1234,50;-1,5;7\r\n");
}

TEST_CASE("CsvWriter guards text against formulas before quoting it", "[report][csv]") {
    CsvWriter csv;
    csv.text("=HYPERLINK(\"x\";\"y\")").text("-12").end_row();
    CHECK(csv.bytes() == bom + "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";'-12\r\n");
}

TEST_CASE("CsvWriter on a caller's buffer appends rows without a byte order mark", "[report][csv]") {
    std::string block = "1;a\r\n";
    CsvWriter csv(block);
    csv.integer(-2).text("=b").number(Decimal::parse("0.50")).end_row();
    CHECK(block == "1;a\r\n-2;'=b;0,50\r\n");
    CHECK(&csv.bytes() == &block);
}

#include "gradus/report/csv_field.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::guard_formula;
using gradus::report::quote_csv_field;

TEST_CASE("guard_formula prefixes an apostrophe to text a spreadsheet would evaluate", "[report][csv]") {
    CHECK(guard_formula("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(guard_formula("+39 051 123") == "'+39 051 123");
    CHECK(guard_formula("-2+3") == "'-2+3");
    CHECK(guard_formula("@cmd") == "'@cmd");
    CHECK(guard_formula("\t=1") == "'\t=1");
    CHECK(guard_formula("\r=1") == "'\r=1");
}

TEST_CASE("guard_formula leaves other text unchanged", "[report][csv]") {
    CHECK(guard_formula("Rossi") == "Rossi");
    CHECK(guard_formula("a=b") == "a=b");
    CHECK(guard_formula("'=già protetto") == "'=già protetto");
    CHECK(guard_formula("") == "");
}

TEST_CASE("quote_csv_field quotes fields holding a separator, a quote or a line end", "[report][csv]") {
    CHECK(quote_csv_field("Rossi; Bianchi") == "\"Rossi; Bianchi\"");
    CHECK(quote_csv_field("detto \"Toni\"") == "\"detto \"\"Toni\"\"\"");
    CHECK(quote_csv_field("riga\nnuova") == "\"riga\nnuova\"");
    CHECK(quote_csv_field("riga\r\nnuova") == "\"riga\r\nnuova\"");
    CHECK(quote_csv_field("\"") == "\"\"\"\"");
}

TEST_CASE("quote_csv_field leaves plain fields unchanged", "[report][csv]") {
    CHECK(quote_csv_field("Nicolò") == "Nicolò");
    CHECK(quote_csv_field("a,b") == "a,b");
    CHECK(quote_csv_field("'=x") == "'=x");
    CHECK(quote_csv_field("") == "");
}

TEST_CASE("append_csv_text appends the guarded and quoted field", "[report][csv]") {
    for (const char* text : {"Rossi", "", "=1;2", "\r=1", "+39 \"051\"", "a;b", "riga\nnuova", "-", "'=x"}) {
        std::string out = "x;";
        gradus::report::append_csv_text(out, text);
        CHECK(out == "x;" + quote_csv_field(guard_formula(text)));
    }
}

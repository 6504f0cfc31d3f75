#include "gradus/report/xml_escape.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::escape_xml;

TEST_CASE("escape_xml replaces markup characters by entity references", "[report][xml]") {
    CHECK(escape_xml("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
}

TEST_CASE("escape_xml keeps tab and line ends as character references", "[report][xml]") {
    CHECK(escape_xml("a\tb\r\nc") == "a&#9;b&#13;&#10;c");
}

TEST_CASE("escape_xml replaces control characters XML 1.0 cannot carry", "[report][xml]") {
    CHECK(escape_xml(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(escape_xml("a\x1F" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("escape_xml keeps other text, UTF-8 included", "[report][xml]") {
    CHECK(escape_xml("Età più alta: Forlì") == "Età più alta: Forlì");
    CHECK(escape_xml("") == "");
}

TEST_CASE("append_escaped_xml appends what escape_xml returns", "[report][xml]") {
    std::string out = "<a>";
    gradus::report::append_escaped_xml(out, "Forlì");
    gradus::report::append_escaped_xml(out, "x<y & \"z\"\tw\x01");
    CHECK(out == "<a>Forlì" + escape_xml("x<y & \"z\"\tw\x01"));
}

#include "gradus/report/xml_escape.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

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

TEST_CASE("escape_xml finds a character to escape at any place of a long text", "[report][xml]") {
    const std::vector<std::pair<char, std::string>> cases = {
        {'&', "&amp;"}, {'<', "&lt;"},  {'>', "&gt;"},    {'"', "&quot;"},
        {'\'', "&apos;"}, {'\t', "&#9;"}, {'\n', "&#10;"}, {'\r', "&#13;"},
        {'\0', "\xEF\xBF\xBD"}, {'\x1F', "\xEF\xBF\xBD"}};
    for (const auto& [c, escaped] : cases) {
        for (std::size_t at = 0; at < 20; ++at) {
            std::string text = "Forlì, via Saffi 12 b";  // 22 bytes: the ì takes two
            text[at] = c;
            INFO("character " << static_cast<int>(c) << " at " << at);
            CHECK(escape_xml(text) == text.substr(0, at) + escaped + text.substr(at + 1));
        }
    }
    CHECK(escape_xml("Età più alta: Forlì e Cesena, provincia") == "Età più alta: Forlì e Cesena, provincia");
}

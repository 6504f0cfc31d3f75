#include "gradus/report/xml_writer.hpp"

#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

using gradus::InternalError;
using gradus::report::XmlWriter;

TEST_CASE("XmlWriter writes nested elements indented, attributes in the given order", "[report][xml]") {
    XmlWriter xml;
    xml.open("a", {{"xmlns", "urn:x"}, {"z", "1"}, {"b", "2"}});
    xml.open("b");
    xml.leaf("c", {{"v", "x"}});
    xml.close();
    xml.leaf("d");
    xml.close();
    CHECK(xml.bytes() ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<a xmlns=\"urn:x\" z=\"1\" b=\"2\">\n"
          "  <b>\n"
          "    <c v=\"x\"/>\n"
          "  </b>\n"
          "  <d/>\n"
          "</a>\n");
}

TEST_CASE("XmlWriter escapes attribute values", "[report][xml]") {
    XmlWriter xml;
    xml.leaf("p", {{"nome", "Rossi; \"Bianchi\" <&> d'Àngelo"}});
    CHECK(xml.bytes().find("nome=\"Rossi; &quot;Bianchi&quot; &lt;&amp;&gt; d&apos;Àngelo\"") != std::string::npos);
}

TEST_CASE("XmlWriter refuses unbalanced elements", "[report][xml]") {
    XmlWriter xml;
    CHECK_THROWS_AS(xml.close(), InternalError);
    xml.open("a");
    CHECK_THROWS_AS(xml.bytes(), InternalError);
}

TEST_CASE("XmlWriter builds elements attribute by attribute, as open and leaf do", "[report][xml]") {
    XmlWriter xml;
    xml.start("a");
    xml.attribute("n", 42LL);
    xml.attribute("t", "x<y");
    xml.end_open();
    xml.start("b");
    xml.attribute("v", -7LL);
    xml.end_leaf();
    xml.close();
    XmlWriter same;
    same.open("a", {{"n", "42"}, {"t", "x<y"}});
    same.leaf("b", {{"v", "-7"}});
    same.close();
    CHECK(xml.bytes() == same.bytes());
}

TEST_CASE("XmlWriter on a caller's buffer writes a piece indented at the given depth, no declaration",
          "[report][xml]") {
    std::string block = "<r>\n";
    XmlWriter xml(block, 2);
    xml.open("c", {{"k", "1"}});
    xml.leaf("d");
    xml.close();
    CHECK(block == "<r>\n"
                   "    <c k=\"1\">\n"
                   "      <d/>\n"
                   "    </c>\n");
}

TEST_CASE("XmlWriter refuses end_leaf without start", "[report][xml]") {
    XmlWriter xml;
    CHECK_THROWS_AS(xml.end_leaf(), InternalError);
}

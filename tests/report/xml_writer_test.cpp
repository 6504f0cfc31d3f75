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

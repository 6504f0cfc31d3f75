#include "gradus/report/graduatoria_xml.hpp"
#include "gradus/xml/sax_parser.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using gradus::report::graduatoria_xml;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;

namespace {

const gradus::xml::Schema graduatoria_schema{std::string(GRADUS_SOURCE_DIR) + "/schemas/graduatoria-1.xsd",
                                             gradus::report::graduatoria_xml_namespace};

// Counts the elements read and keeps the attributes of each, in document order.
class Collector : public gradus::xml::Handler {
public:
    void start_element(std::string_view name, const std::vector<gradus::xml::Attribute>& attributes,
                       const gradus::SourcePosition&) override {
        std::map<std::string, std::string> values;
        for (const auto& attribute : attributes) {
            values[attribute.name] = attribute.value;
        }
        elements[std::string(name)].push_back(std::move(values));
    }
    void end_element(std::string_view, std::string&&, const gradus::SourcePosition&) override {}
    void validation_error(const gradus::SourcePosition& where, std::string message) override {
        errors.push_back(where.to_string() + ": " + message);
    }

    std::map<std::string, std::vector<std::map<std::string, std::string>>> elements;
    std::vector<std::string> errors;
};

}  // namespace

TEST_CASE("graduatoria.xml is valid against schemas/graduatoria-1.xsd", "[report][xml][xsd]") {
    const auto graduatoria = sample_graduatoria();
    Collector collector;
    gradus::xml::parse_buffer(graduatoria_xml(graduatoria, sample_context()), "graduatoria.xml", graduatoria_schema,
                              collector);
    for (const auto& error : collector.errors) {
        UNSCOPED_INFO(error);
    }
    CHECK(collector.errors.empty());
    CHECK(collector.elements["candidato"].size() == 3);
    CHECK(collector.elements["escluso"].size() == 1);
    CHECK(collector.elements["spiegazione"].size() == 4);
    CHECK(collector.elements["passo"].size() == 8);
    CHECK(collector.elements["input"].size() == 7);
}

TEST_CASE("graduatoria.xml gives back every text exactly when read", "[report][xml][xsd]") {
    const auto graduatoria = sample_graduatoria();
    Collector collector;
    gradus::xml::parse_buffer(graduatoria_xml(graduatoria, sample_context()), "graduatoria.xml", graduatoria_schema,
                              collector);
    REQUIRE(collector.elements["candidato"].size() == 3);
    CHECK(collector.elements["candidato"][0]["cognome"] == "Rossi; \"Bianchi\"");
    CHECK(collector.elements["candidato"][1]["nome"] == "Nicolò");
    CHECK(collector.elements["graduatoria"][0]["descrizioneProfilo"] ==
          "Operatore ecologico <addetto> & manutentore");
    REQUIRE(collector.elements["escluso"].size() == 1);
    CHECK(collector.elements["escluso"][0]["motivo"] == graduatoria.excluded[0].reason);

    std::vector<std::string> notes;
    for (const auto& ranked : graduatoria.ranked) {
        for (const auto& step : ranked.explanation.steps()) {
            notes.push_back(step.note);
        }
    }
    notes.push_back(graduatoria.excluded[0].explanation.steps()[0].note);
    REQUIRE(collector.elements["passo"].size() == notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        CHECK(collector.elements["passo"][i]["nota"] == notes[i]);
    }
}

TEST_CASE("schemas/graduatoria-1.xsd rejects an esito it does not define", "[report][xml][xsd]") {
    std::string xml = graduatoria_xml(sample_graduatoria(), sample_context());
    const std::string esito = "esito=\"idoneo\"";
    xml.replace(xml.find(esito), esito.size(), "esito=\"vincitore\"");
    Collector collector;
    gradus::xml::parse_buffer(xml, "graduatoria.xml", graduatoria_schema, collector);
    CHECK_FALSE(collector.errors.empty());
}

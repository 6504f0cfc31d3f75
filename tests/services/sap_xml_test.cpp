#include "gradus/report/servizi_sap_xml.hpp"
#include "gradus/services/identificativo_politica.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace gradus;
using namespace gradus::services;
using Catch::Matchers::Contains;

namespace {

const xml::Schema sap_schema{std::string(GRADUS_SOURCE_DIR) + "/schemas/servizi-sap-sezione6-1.xsd",
                             std::string(report::sap_section6_namespace)};

class Errors : public xml::Handler {
public:
    void start_element(std::string_view, const std::vector<xml::Attribute>&, const SourcePosition&) override {}
    void end_element(std::string_view, std::string&&, const SourcePosition&) override {}
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(where.to_string() + ": " + message);
    }
    std::vector<std::string> errors;
};

SubjectPolicy policy(const std::string& cf, const std::string& tipo, std::uint32_t sequence) {
    SubjectPolicy sp;
    sp.subject_code = cf;
    sp.service = "D";
    SapPolicy& p = sp.policy;
    p.tipo_attivita = tipo;
    p.proposed = p.started.emplace(Date::from_ymd(2025, 3, 3));
    p.ended = Date::from_ymd(2025, 9, 3);
    p.duration = 6;
    p.duration_unit = "M";
    p.promoter_code = "H501X000004";
    p.identificativo = make_identificativo_politica("08", sequence, p.promoter_code, tipo, p.proposed);
    p.last_event = SapEvent::iniziata;
    p.last_event_date = p.started;
    return sp;
}

}  // namespace

TEST_CASE("the SAP section-6 export groups policies per worker and is valid against its schema") {
    const std::string bytes = report::sap_section6_xml(
        {policy("BNCLRA85M41H501Z", "A02", 1), policy("RSSMRA80A01H501U", "A02", 2), policy("RSSMRA80A01H501U", "C06", 3)},
        Date::from_ymd(2025, 6, 30));
    Errors handler;
    xml::parse_buffer(bytes, "sap-sezione6.xml", sap_schema, handler);
    for (const auto& e : handler.errors) UNSCOPED_INFO(e);
    CHECK(handler.errors.empty());
    CHECK_THAT(bytes, Contains("<lavoratore codice_fiscale=\"RSSMRA80A01H501U\">\n    <politica_attiva tipo_attivita=\"A02\""));
    CHECK_THAT(bytes, Contains("durata=\"6\" tipologia_durata=\"M\""));
    CHECK_THAT(bytes, Contains("<ultimo_evento evento=\"02\" descrizione=\"Iniziata\" data_evento=\"2025-03-03\"/>"));
    CHECK(report::sap_section6_xml({}, Date::from_ymd(2025, 6, 30)).find("<lavoratore") == std::string::npos);
}

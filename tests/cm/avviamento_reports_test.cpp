#include "gradus/report/avviamento_reports.hpp"
#include "gradus/xml/sax_parser.hpp"

#include "avviamento_builders.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace gradus;
using namespace gradus::cm;
using namespace gradus::cm::avviamento_test;

namespace {

struct Sample {
    std::vector<Richiesta> requests;
    std::vector<AvviamentoCandidate> candidates = graduatoria();
    std::vector<AvviamentoResult> results;
    Sample() {
        requests.push_back(cleaning_request());
        Richiesta later = cleaning_request();
        later.id = "R-2";
        later.obligation_date = day(2025, 3, 1);
        later.request_date = day(2025, 3, 2);
        requests.push_back(later);
        results = propose_avviamenti(requests, candidates, day(2025, 3, 12), shipped_terms());
    }
    report::AvviamentoReportInput input() const { return {requests, candidates, results, day(2025, 3, 12), "run 7"}; }
};

std::vector<std::string> lines_of(const std::string& csv) {
    std::vector<std::string> lines;
    std::size_t at = 3;  // after the byte order mark
    while (at < csv.size()) {
        const std::size_t end = csv.find("\r\n", at);
        lines.push_back(csv.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

}  // namespace

TEST_CASE("avviamento.csv (internal): the list as the office went down it, reasons in full", "[cm][avviamento][report]") {
    const Sample s;
    const auto lines = lines_of(report::avviamento_csv(s.input()));
    REQUIRE(lines.size() == 6);  // header, 3 skipped and 2 proposed for R-1, nothing for R-2
    CHECK(lines[0] == "richiesta;esito;posto;posizione;iscrizione;codicefiscale;cognome;nome;residenza;motivo;dettaglio");
    CHECK(lines[1] == "R-1;escluso;;1;CM-0001;RSSMRA80A01H501U;Cognome1;Nome1;H501;controindicazione;"
                      "condizioni del posto controindicate: turni_notturni");
    CHECK(lines[2].rfind("R-1;escluso;;2;CM-0002;", 0) == 0);
    CHECK(lines[3] == "R-1;proposto;1;3;CM-0003;VRDGPP75C12H501H;Cognome3;Nome3;H501;;");
    CHECK(lines[4].rfind("R-1;escluso;;4;CM-0004;", 0) == 0);
    CHECK(lines[5].rfind("R-1;proposto;2;6;CM-0006;", 0) == 0);
}

TEST_CASE("avviamento-richieste.csv: procedure, term and posts of each request", "[cm][avviamento][report]") {
    const Sample s;
    const auto lines = lines_of(report::avviamento_richieste_csv(s.input()));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == "R-1;01234567897;Pulizie Tiberine srl;privato;8.1.4.2.0.1;Addetto alle pulizie;H501;nominativa;disabili;"
                      "2025-01-10;2025-01-15;2025-03-11;2025-03-12;numerica_d_ufficio;proposta;2;2;2;0");
    CHECK(lines[2] == "R-2;01234567897;Pulizie Tiberine srl;privato;8.1.4.2.0.1;Addetto alle pulizie;H501;nominativa;disabili;"
                      "2025-03-01;2025-03-02;2025-04-30;2025-05-01;nominativa;non_dovuta;2;2;0;2");
}

TEST_CASE("Public avviamento lists: registration numbers only, no codice fiscale, names or health data", "[cm][avviamento][report]") {
    const Sample s;
    const auto in = s.input();
    for (const std::string& text : {report::avviamento_pubblico_csv(in), report::avviamento_pubblico_html(in)}) {
        CHECK(text.find("CM-0003") != std::string::npos);
        CHECK(text.find("RSSMRA80A01H501U") == std::string::npos);
        CHECK(text.find("Cognome1") == std::string::npos);
        CHECK(text.find("turni_notturni") == std::string::npos);
        CHECK(text.find("controindicazione") == std::string::npos);
        CHECK(text.find("requisiti del posto") != std::string::npos);
    }
    const auto lines = lines_of(report::avviamento_pubblico_csv(in));
    CHECK(lines[1] == "R-1;Pulizie Tiberine srl;8.1.4.2.0.1;Addetto alle pulizie;numerica_d_ufficio;proposta;proposto;1;3;CM-0003;");
    CHECK(lines.back() == "R-2;Pulizie Tiberine srl;8.1.4.2.0.1;Addetto alle pulizie;nominativa;non_dovuta;;;;;");
}

TEST_CASE("avviamento.xml and .html (internal): every check of every person, the same bytes each time", "[cm][avviamento][report]") {
    const Sample s;
    const std::string xml = report::avviamento_xml(s.input());
    CHECK(xml == report::avviamento_xml(Sample().input()));
    CHECK(xml.find("<avviamento xmlns=\"urn:gradus:mirato-avviamento:1\" dataRiferimento=\"2025-03-12\" esecuzione=\"run 7\">") !=
          std::string::npos);
    CHECK(xml.find("procedura=\"numerica_d_ufficio\" stato=\"proposta\"") != std::string::npos);
    CHECK(xml.find("termine=\"2025-03-11\" dovutoDal=\"2025-03-12\"") != std::string::npos);
    CHECK(xml.find("<proposto posto=\"1\" posizione=\"3\" iscrizione=\"CM-0003\"") != std::string::npos);
    CHECK(xml.find("motivo=\"controindicazione\" dettaglio=\"condizioni del posto controindicate: turni_notturni\"") !=
          std::string::npos);
    CHECK(xml.find("regola=\"avviamento.qualifica\" fonte=\"L. 68/1999 art. 7 c. 1-bis\"") != std::string::npos);
    const std::string html = report::avviamento_html(s.input());
    CHECK(html.find("RSSMRA80A01H501U") != std::string::npos);
    CHECK(html.find("non è dovuto prima del 01/05/2025") != std::string::npos);
}

namespace {

class ErrorsOnly final : public xml::Handler {
public:
    void start_element(std::string_view name, const std::vector<xml::Attribute>&, const SourcePosition&) override {
        ++elements[std::string(name)];
    }
    void end_element(std::string_view, std::string&&, const SourcePosition&) override {}
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(where.to_string() + ": " + message);
    }
    std::vector<std::string> errors;
    std::map<std::string, int> elements;
};

}  // namespace

TEST_CASE("avviamento.xml is valid against schemas/mirato-avviamento-1.xsd", "[cm][avviamento][report][xsd]") {
    const Sample s;
    ErrorsOnly handler;
    xml::parse_buffer(report::avviamento_xml(s.input()), "avviamento.xml",
                      xml::Schema{source_dir() / "schemas/mirato-avviamento-1.xsd", std::string(report::avviamento_xml_namespace)},
                      handler);
    for (const auto& e : handler.errors) UNSCOPED_INFO(e);
    CHECK(handler.errors.empty());
    CHECK(handler.elements["richiesta"] == 2);
    CHECK(handler.elements["proposto"] == 2);
    CHECK(handler.elements["escluso"] == 3);
}

#include "gradus/report/graduatoria_xml.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::graduatoria_xml;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;

namespace {
bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("graduatoria.xml opens with the avviso, the criteria and the run", "[report][xml]") {
    const std::string xml = graduatoria_xml(sample_graduatoria(), sample_context());
    CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graduatoria xmlns=\"urn:gradus:graduatoria:1\" avviso=\"AV-2025-017\" ente=\"Comune di Forlì\" "
                    "enteCodiceFiscale=\"00606620409\" regione=\"08\" profilo=\"8.1.4.2.0\" "
                    "descrizioneProfilo=\"Operatore ecologico &lt;addetto&gt; &amp; manutentore\" posti=\"2\" "
                    "postiRiservatiCoperti=\"1\" postiRiservatiRestituiti=\"0\" dataPubblicazione=\"2025-03-03\" "
                    "aperturaCandidature=\"2025-03-10\" chiusuraCandidature=\"2025-03-21\" "
                    "dataRiferimento=\"2025-03-03\" versioneMotore=\"0.1.0\" esecuzione=\"run 12\">\n"
                    "  <riserva tipo=\"volontari_ff_aa\" posti=\"1\"/>\n"
                    "  <criteri id=\"emilia-romagna-art16-2017\" atto=\"DGR 1/2017 Allegato A\" "
                    "file=\"criteria/emilia-romagna-art16-2017.xml\" "
                    "sha256=\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"/>\n",
                    0) == 0);
    CHECK(xml.size() >= 15);
    CHECK(xml.substr(xml.size() - 15) == "</graduatoria>\n");
}

TEST_CASE("graduatoria.xml writes each candidate with dot decimals, components and explanation", "[report][xml]") {
    const std::string xml = graduatoria_xml(sample_graduatoria(), sample_context());
    CHECK(contains(xml, "  <candidato posizione=\"1\" protocollo=\"1043\" codicefiscale=\"RSSMRA80A01D704X\" "
                        "cognome=\"Rossi; &quot;Bianchi&quot;\" nome=\"Mario\" punteggio=\"105.5\" "
                        "esito=\"posto_riservato\" riserva=\"volontari_ff_aa\" decisoDa=\"\">\n"
                        "    <componente id=\"base\" punti=\"100\"/>\n"
                        "    <componente id=\"isee\" punti=\"-1.5\"/>\n"
                        "    <componente id=\"did\" punti=\"7\"/>\n"
                        "    <spiegazione>\n"
                        "      <passo regola=\"base\" fonte=\"DPR 487/1994 Tabella\" valore=\"100\" "
                        "nota=\"Punteggio base.\"/>\n"
                        "      <passo regola=\"isee.points\" fonte=\"DGR 1/2017 All. A punto 3\" valore=\"-1.5\" "
                        "nota=\"ISEE 15.000,00 euro: 15 passi da 1.000 euro a -0,1 punti.\">\n"
                        "        <input nome=\"isee\" valore=\"15000.00\"/>\n"
                        "        <input nome=\"passo\" valore=\"1000.00\"/>\n"
                        "      </passo>\n"));
    CHECK(contains(xml, "<candidato posizione=\"3\" protocollo=\"1060\" codicefiscale=\"NRENNA93E50D704Q\" "
                        "cognome=\"=Neri\" nome=\"Anna\" punteggio=\"98.0\" esito=\"idoneo\" "
                        "decisoDa=\"piu_giovane\">"));
}

TEST_CASE("graduatoria.xml holds every explanation step of the ranked and the excluded", "[report][xml]") {
    const auto graduatoria = sample_graduatoria();
    const std::string xml = graduatoria_xml(graduatoria, sample_context());
    for (const auto& ranked : graduatoria.ranked) {
        for (const auto& step : ranked.explanation.steps()) {
            INFO(step.rule);
            CHECK(contains(xml, "<passo regola=\"" + step.rule + "\""));
        }
    }
    CHECK(contains(xml, "  <escluso protocollo=\"1077\" codicefiscale=\"SPSGNR08E02F839U\" cognome=\"Esposito\" "
                        "nome=\"Gennaro\" codice=\"requisiti_eta\" "
                        "motivo=\"Età inferiore ai 18 anni alla data di pubblicazione dell&apos;avviso.\">\n"
                        "    <spiegazione>\n"
                        "      <passo regola=\"requisiti.eta\" fonte=\"DPR 487/1994 art. 23\" valore=\"17\" "
                        "nota=\"Età alla data di pubblicazione.\">\n"
                        "        <input nome=\"nascita\" valore=\"2008-05-02\"/>\n"
                        "        <input nome=\"data_pubblicazione\" valore=\"2025-03-03\"/>\n"
                        "      </passo>\n"
                        "    </spiegazione>\n"
                        "  </escluso>\n"));
}

TEST_CASE("graduatoria.xml gives the same bytes for the same input", "[report][xml]") {
    CHECK(graduatoria_xml(sample_graduatoria(), sample_context()) ==
          graduatoria_xml(sample_graduatoria(), sample_context()));
}

#include "gradus/report/graduatoria_html.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::graduatoria_html;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;

namespace {
bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("graduatoria.html is one self-contained, printable Italian page", "[report][html]") {
    const std::string html = graduatoria_html(sample_graduatoria(), sample_context());
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"it\">", 0) == 0);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "@media print"));
    CHECK(contains(html, "size: A4 landscape"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "href="));
    CHECK_FALSE(contains(html, "url("));
}

TEST_CASE("graduatoria.html states the avviso, the criteria and their hash, the engine and the run",
          "[report][html]") {
    const std::string html = graduatoria_html(sample_graduatoria(), sample_context());
    CHECK(contains(html, "AV-2025-017"));
    CHECK(contains(html, "Comune di Forlì (C.F. 00606620409)"));
    CHECK(contains(html, "<dd>2</dd>"));
    CHECK(contains(html, "volontari_ff_aa: 1"));
    CHECK(contains(html, "emilia-romagna-art16-2017 (DGR 1/2017 Allegato A del 09/01/2017)"));
    CHECK(contains(html, "criteria/emilia-romagna-art16-2017.xml"));
    CHECK(contains(html, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    CHECK(contains(html, "<dd>0.1.0</dd>"));
    CHECK(contains(html, "<dd>run 12</dd>"));
    CHECK(contains(html, "<dd>03/03/2025</dd>"));
    CHECK(contains(html, "<dd>21/03/2025</dd>"));
}

TEST_CASE("graduatoria.html escapes every text", "[report][html]") {
    const std::string html = graduatoria_html(sample_graduatoria(), sample_context());
    CHECK(contains(html, "<td>Rossi; &quot;Bianchi&quot;</td>"));
    CHECK(contains(html, "Operatore ecologico &lt;addetto&gt; &amp; manutentore"));
    CHECK(contains(html, "dell&#39;avviso"));
    CHECK(contains(html, "https://example.org/dpr487?a=1&amp;b=2"));
    CHECK_FALSE(contains(html, "<addetto>"));
    CHECK_FALSE(contains(html, "\"Bianchi\""));
}

TEST_CASE("graduatoria.html shows each ranked candidate with every component, esito and deciding key",
          "[report][html]") {
    const std::string html = graduatoria_html(sample_graduatoria(), sample_context());
    CHECK(contains(html, "<th class=\"num\">base</th><th class=\"num\">isee</th><th class=\"num\">did</th>"
                         "<th class=\"num\">carichi</th>"));
    CHECK(contains(html, "<tr><td class=\"num\">1</td><td>1043</td><td>Rossi; &quot;Bianchi&quot;</td>"
                         "<td>Mario</td><td>RSSMRA80A01D704X</td><td class=\"num\">105,5</td>"
                         "<td class=\"num\">100</td><td class=\"num\">-1,5</td><td class=\"num\">7</td>"
                         "<td class=\"num\"></td><td>posto riservato</td><td>volontari_ff_aa</td><td></td></tr>"));
    CHECK(contains(html, "<td>Fabbri</td><td>Nicolò</td>"));
    CHECK(contains(html, "<td>=Neri</td><td>Anna</td>"));
    CHECK(contains(html, "<td>idoneo</td><td></td><td>piu_giovane</td></tr>"));
}

TEST_CASE("graduatoria.html lists the excluded with their reasons and a legend with the sources",
          "[report][html]") {
    const std::string html = graduatoria_html(sample_graduatoria(), sample_context());
    CHECK(contains(html, "<tr><td>1077</td><td>Esposito</td><td>Gennaro</td><td>SPSGNR08E02F839U</td>"
                         "<td>requisiti_eta</td><td>Età inferiore ai 18 anni alla data di pubblicazione "
                         "dell&#39;avviso.</td></tr>"));
    CHECK(contains(html, "<h2>Legenda</h2>"));
    CHECK(contains(html, "<td>base</td><td>punteggio base</td><td>S1 - DPR 487/1994 Tabella "
                         "(https://example.org/dpr487?a=1&amp;b=2)</td>"));
    CHECK(contains(html, "<td>isee</td><td>punti per l&#39;ISEE del nucleo familiare</td>"
                         "<td>S5 - DGR 1/2017 Allegato A; S1 - DPR 487/1994 Tabella "
                         "(https://example.org/dpr487?a=1&amp;b=2)</td>"));
}

TEST_CASE("graduatoria.html gives the same bytes for the same input", "[report][html]") {
    CHECK(graduatoria_html(sample_graduatoria(), sample_context()) ==
          graduatoria_html(sample_graduatoria(), sample_context()));
}

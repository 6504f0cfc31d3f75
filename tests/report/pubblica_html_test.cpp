#include "gradus/report/graduatoria_html.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::pubblica_html;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;
using gradus::report::test::sample_personal_texts;

namespace {
bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("pubblica.html is a printable page with position, protocol, score and esito", "[report][html]") {
    const std::string html = pubblica_html(sample_graduatoria(), sample_context());
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"it\">", 0) == 0);
    CHECK(contains(html, "@media print"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK(contains(html, "<tr><th class=\"num\">Posizione</th><th>Protocollo</th><th class=\"num\">Punteggio</th>"
                         "<th>Esito</th></tr>"));
    CHECK(contains(html, "<tr><td class=\"num\">1</td><td>1043</td><td class=\"num\">105,5</td>"
                         "<td>posto riservato</td></tr>"));
    CHECK(contains(html, "<tr><td class=\"num\">3</td><td>1060</td><td class=\"num\">98,0</td>"
                         "<td>idoneo</td></tr>"));
    CHECK(contains(html, "<tr><td>1077</td><td>escluso</td></tr>"));
}

TEST_CASE("pubblica.html states the criteria hash and the number of reserved posts", "[report][html]") {
    const std::string html = pubblica_html(sample_graduatoria(), sample_context());
    CHECK(contains(html, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    CHECK(contains(html, "<dt>Posti riservati</dt><dd>1</dd>"));
    CHECK(contains(html, "Operatore ecologico &lt;addetto&gt; &amp; manutentore"));
}

TEST_CASE("pubblica.html shows no personal data, reason or explanation", "[report][html][privacy]") {
    const std::string html = pubblica_html(sample_graduatoria(), sample_context());
    for (const std::string& text : sample_personal_texts()) {
        INFO(text);
        CHECK_FALSE(contains(html, text));
    }
}

TEST_CASE("pubblica.html gives the same bytes for the same input", "[report][html]") {
    CHECK(pubblica_html(sample_graduatoria(), sample_context()) ==
          pubblica_html(sample_graduatoria(), sample_context()));
}

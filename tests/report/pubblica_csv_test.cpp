#include "gradus/report/graduatoria_csv.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::pubblica_csv;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;
using gradus::report::test::sample_personal_texts;

TEST_CASE("pubblica.csv has the exact bytes: protocol, position, score and esito only", "[report][csv]") {
    const std::string expected =
        "\xEF\xBB\xBF"
        "posizione;protocollo;punteggio;esito\r\n"
        "1;1043;105,5;posto riservato\r\n"
        "2;1051;98,0;posto\r\n"
        "3;1060;98,0;idoneo\r\n"
        ";1077;;escluso\r\n";
    CHECK(pubblica_csv(sample_graduatoria(), sample_context()) == expected);
}

TEST_CASE("pubblica.csv shows no personal data and no reason", "[report][csv][privacy]") {
    const std::string csv = pubblica_csv(sample_graduatoria(), sample_context());
    for (const std::string& text : sample_personal_texts()) {
        INFO(text);
        CHECK(csv.find(text) == std::string::npos);
    }
}

TEST_CASE("pubblica.csv gives the same bytes for the same input", "[report][csv]") {
    CHECK(pubblica_csv(sample_graduatoria(), sample_context()) == pubblica_csv(sample_graduatoria(), sample_context()));
}

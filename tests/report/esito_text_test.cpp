#include "gradus/report/esito_text.hpp"

#include <catch2/catch.hpp>

using gradus::art16::Esito;
using gradus::report::esito_label;
using gradus::report::esito_token;

TEST_CASE("esito_label gives the text of the lists", "[report]") {
    CHECK(esito_label(Esito::posto_riservato) == "posto riservato");
    CHECK(esito_label(Esito::posto) == "posto");
    CHECK(esito_label(Esito::idoneo) == "idoneo");
    CHECK(esito_label(Esito::escluso) == "escluso");
}

TEST_CASE("esito_token gives the token of graduatoria.xml", "[report][xml]") {
    CHECK(esito_token(Esito::posto_riservato) == "posto_riservato");
    CHECK(esito_token(Esito::posto) == "posto");
    CHECK(esito_token(Esito::idoneo) == "idoneo");
    CHECK(esito_token(Esito::escluso) == "escluso");
}

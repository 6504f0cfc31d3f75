#include "gradus/report/graduatoria_csv.hpp"

#include "sample_graduatoria.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::report::graduatoria_csv;
using gradus::report::test::sample_context;
using gradus::report::test::sample_graduatoria;

TEST_CASE("graduatoria.csv has the exact bytes: BOM, header, CRLF, quoting, decimal comma", "[report][csv]") {
    const std::string expected =
        "\xEF\xBB\xBF"
        "posizione;protocollo;codicefiscale;cognome;nome;punteggio;esito;motivo;base;isee;did;carichi;riserva;"
        "deciso_da\r\n"
        "1;1043;RSSMRA80A01D704X;\"Rossi; \"\"Bianchi\"\"\";Mario;105,5;posto riservato;;100;-1,5;7;;"
        "volontari_ff_aa;\r\n"
        "2;1051;FBBNCL95C12D704K;Fabbri;Nicolò;98,0;posto;;100;-4;;2;;punteggio\r\n"
        "3;1060;NRENNA93E50D704Q;'=Neri;Anna;98,0;idoneo;;100;-2;;;;piu_giovane\r\n"
        ";1077;SPSGNR08E02F839U;Esposito;Gennaro;;escluso;"
        "Età inferiore ai 18 anni alla data di pubblicazione dell'avviso.;;;;;;\r\n";
    CHECK(graduatoria_csv(sample_graduatoria(), sample_context()) == expected);
}

TEST_CASE("graduatoria.csv of an empty graduatoria is the header without component columns", "[report][csv]") {
    gradus::art16::Graduatoria empty;
    CHECK(graduatoria_csv(empty, sample_context()) ==
          "\xEF\xBB\xBF"
          "posizione;protocollo;codicefiscale;cognome;nome;punteggio;esito;motivo;riserva;deciso_da\r\n");
}

TEST_CASE("graduatoria.csv gives the same bytes for the same input", "[report][csv]") {
    CHECK(graduatoria_csv(sample_graduatoria(), sample_context()) ==
          graduatoria_csv(sample_graduatoria(), sample_context()));
}

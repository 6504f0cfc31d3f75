// The reader of the collocamento mirato lists and of one call's applications (docs/mirato.md).

#include "gradus/xml/mirato_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;

namespace {

const std::filesystem::path schemas = std::filesystem::path(GRADUS_SOURCE_DIR) / "schemas";

const std::string person_a = R"(  <iscritto numero="1001">
    <persona>
      <codice_fiscale>rssmra80a01h501u</codice_fiscale>
      <cognome>Rossi</cognome>
      <nome>Mario</nome>
      <sesso>M</sesso>
      <nascita>1980-01-01</nascita>
      <residenza>E507</residenza>
    </persona>
    <iscrizione><lista>disabili</lista><data>2020-01-31</data></iscrizione>
    <invalidita><percentuale>70</percentuale><tipo>civile</tipo><psichica_intellettiva>false</psichica_intellettiva></invalidita>
    <reddito><anno>2023</anno><importo>9000.00</importo></reddito>
    <isee><valore>4200.00</valore><rilascio>2024-01-15</rilascio><scadenza>2024-12-31</scadenza><difformita>false</difformita></isee>
    <carichi_familiari>
      <familiare><relazione>figlio</relazione><nascita>2015-03-01</nascita></familiare>
      <familiare><relazione>coniuge</relazione><nascita>1982-05-05</nascita><invalidita>80</invalidita></familiare>
    </carichi_familiari>
    <stato_occupazionale>disoccupato</stato_occupazionale>
    <did>2019-12-01</did>
    <note_funzionali>
      <capacita>lavoro_sedentario</capacita>
      <controindicazione>carichi_pesanti</controindicazione>
      <difficolta_locomozione>true</difficolta_locomozione>
      <patente>B</patente>
    </note_funzionali>
    <qualifiche><qualifica>4.1.1.1.0</qualifica></qualifiche>
  </iscritto>
)";

const std::string person_bad = R"(  <iscritto numero="1002">
    <persona>
      <codice_fiscale>VRDLGU85M41F205X</codice_fiscale>
      <cognome>Verdi</cognome>
      <nome>Luigia</nome>
      <sesso>F</sesso>
      <nascita>1985-08-01</nascita>
      <residenza>F205</residenza>
    </persona>
    <iscrizione><lista>disabili</lista><data>2021-02-30</data></iscrizione>
    <invalidita><percentuale>120</percentuale><tipo>civile</tipo><psichica_intellettiva>false</psichica_intellettiva></invalidita>
  </iscritto>
)";

std::string document(const std::string& records) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<iscritti xmlns=\"urn:gradus:mirato-iscritti:1\" regione=\"03\" provincia=\"LC\">\n" +
           records + "</iscritti>\n";
}

}  // namespace

TEST_CASE("The mirato reader maps every field of an <iscritto>", "[cm][xml]") {
    IssueLog issues;
    const auto elenco = xml::read_iscritti_bytes(document(person_a), "iscritti.xml", schemas, issues);
    CHECK(issues.empty());
    CHECK(elenco.region_code == "03");
    CHECK(elenco.province == "LC");
    REQUIRE(elenco.iscritti.size() == 1);
    const auto& p = elenco.iscritti[0];
    CHECK(p.registration_number == "1001");
    CHECK(p.codice_fiscale == "RSSMRA80A01H501U");
    CHECK(p.registration_date == Date::from_ymd(2020, 1, 31));
    CHECK(p.lista == cm::Lista::disabili);
    CHECK(p.invalidity_pct == 70);
    CHECK(p.invalidity_kind == "civile");
    REQUIRE(p.income);
    CHECK(p.income->year == 2023);
    CHECK(p.income->amount == Decimal::parse("9000.00"));
    REQUIRE(p.isee);
    CHECK(p.isee->expiry == Date::from_ymd(2024, 12, 31));
    REQUIRE(p.dependants.size() == 2);
    CHECK(p.dependants[1].invalidity_pct == 80);
    CHECK(p.functional.contraindications == std::vector<std::string>{"carichi_pesanti"});
    CHECK(p.functional.locomotion_difficulty);
    CHECK(p.functional.driving_licences == std::vector<std::string>{"B"});
    CHECK(p.qualifiche == std::vector<std::string>{"4.1.1.1.0"});
    CHECK(p.did_date == Date::from_ymd(2019, 12, 1));
    CHECK(p.origin.line == 3);
}

TEST_CASE("A bad <iscritto> is quarantined with file, line, field and rule; the good ones are kept", "[cm][xml]") {
    IssueLog issues;
    const auto elenco = xml::read_iscritti_bytes(document(person_bad + person_a), "lista.xml", schemas, issues);
    REQUIRE(elenco.iscritti.size() == 1);
    CHECK(elenco.iscritti[0].registration_number == "1001");
    REQUIRE(issues.size() == 1);
    const auto& issue = issues.issues()[0];
    CHECK(issue.where.file == "lista.xml");
    CHECK(issue.where.line == 12);  // the first problem: 30 February
    CHECK(issue.where.column > 0);
    CHECK(issue.record == "1002");
    CHECK(issue.field == "data");
    CHECK(issue.rule == "xsd");
}

TEST_CASE("A document of another kind or a truncated one is reported, not ranked", "[cm][xml]") {
    IssueLog issues;
    const std::string adesioni = "<adesioni xmlns=\"urn:gradus:mirato-iscritti:1\" chiamata=\"C1\" pubblicazione=\"2024-07-01\"/>";
    CHECK(xml::read_iscritti_bytes(adesioni, "a.xml", schemas, issues).iscritti.empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues()[0].message.find("expected a <iscritti> document") != std::string::npos);

    IssueLog truncated;
    const std::string doc = document(person_a);
    const auto elenco = xml::read_iscritti_bytes(doc.substr(0, doc.size() / 2), "t.xml", schemas, truncated);
    CHECK(elenco.iscritti.empty());
    CHECK(truncated.size() == 1);
}

TEST_CASE("The applications to a call: by registration number or codice fiscale", "[cm][xml]") {
    const std::string doc = R"(<?xml version="1.0" encoding="UTF-8"?>
<adesioni xmlns="urn:gradus:mirato-iscritti:1" chiamata="TO-2024-015" pubblicazione="2024-07-01">
  <adesione data="2024-07-03"><numero_iscrizione>1001</numero_iscrizione></adesione>
  <adesione data="2024-07-04"><codice_fiscale>vrdlgu85m41f205x</codice_fiscale></adesione>
  <adesione data="2024-13-04"><numero_iscrizione>1003</numero_iscrizione></adesione>
</adesioni>
)";
    IssueLog issues;
    const auto call = xml::read_adesioni_bytes(doc, "adesioni.xml", schemas, issues);
    CHECK(call.id == "TO-2024-015");
    CHECK(call.publication == Date::from_ymd(2024, 7, 1));
    REQUIRE(call.applications.size() == 2);
    CHECK(call.applications[0].person == "1001");
    CHECK(call.applications[1].person == "VRDLGU85M41F205X");
    CHECK(call.applications[1].date == Date::from_ymd(2024, 7, 4));
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues()[0].where.line == 5);
    CHECK(issues.issues()[0].record == "1003");
}

#include "candidatura_text.hpp"
#include "xml_test_support.hpp"

#include "gradus/xml/candidature_reader.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

struct Result {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
    std::string avviso_id;  // the file's
};

Result read_file(const std::filesystem::path& file, const std::filesystem::path& schemas = schema_dir()) {
    Result r;
    read_candidature(file, schemas, r.records, r.issues, &r.avviso_id);
    return r;
}

Result read_bytes_named(const std::string& bytes, const std::string& name) {
    Result r;
    read_candidature_bytes(bytes, name, schema_dir(), r.records, r.issues, &r.avviso_id);
    return r;
}

std::string valid_candidature() { return read_bytes(data_dir() / "candidature-valid.xml"); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::vector<std::string> protocols(const Result& r) {
    std::vector<std::string> out;
    for (const auto& c : r.records) {
        out.push_back(c.protocol);
    }
    return out;
}

}  // namespace

TEST_CASE("valid candidature are read field by field", "[xml]") {
    const Result r = read_file(data_dir() / "candidature-valid.xml");
    CHECK(r.issues.empty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.avviso_id == "AV-2026-017");

    const art16::Candidatura& full = r.records[0];
    CHECK(full.protocol == "2026/000101");
    CHECK(full.submitted_at == "2026-03-10T09:15:42");
    CHECK(full.submission_date == Date::from_ymd(2026, 3, 10));
    CHECK(full.codice_fiscale == "BNCGLI84L55D704G");
    CHECK(full.surname == "Bianchi");
    CHECK(full.name == "Giulia");
    CHECK(full.sex == 'F');
    CHECK(full.birth == Date::from_ymd(1984, 7, 15));
    CHECK(full.residence_belfiore == "D704");
    CHECK(full.did_date == std::optional<Date>(Date::from_ymd(2025, 9, 1)));
    CHECK(full.status == std::optional<std::string>("disoccupato"));
    REQUIRE(full.isee);
    CHECK(full.isee->value == Decimal::parse("12500.01"));
    CHECK(full.isee->value.to_string() == "12500.01");
    CHECK(full.isee->attestation == Date::from_ymd(2026, 1, 20));
    CHECK(full.isee->expiry == Date::from_ymd(2026, 12, 31));
    CHECK_FALSE(full.isee->omissions);
    CHECK(full.isee->origin.line == 15);
    CHECK(full.isee->origin.file.str().find("candidature-valid.xml") != std::string::npos);
    REQUIRE(full.dependants.size() == 2);
    CHECK(full.dependants[0].relationship == "figlio");
    CHECK(full.dependants[0].birth == Date::from_ymd(2015, 4, 1));
    CHECK(full.dependants[0].invalidity_pct == 0);
    CHECK(full.dependants[1].relationship == "genitore");
    CHECK(full.dependants[1].invalidity_pct == 75);
    CHECK(full.scuola_obbligo);
    CHECK(full.general_requirements);
    CHECK(full.reserve_claims == std::vector<std::string>{"volontari_ff_aa"});
    CHECK(full.flags == std::vector<std::string>{"familiare_deceduto_lavoro", "patente_b"});
    CHECK(full.unemployment_months == std::optional<int>(7));
    CHECK(full.origin.line == 3);
    CHECK(full.origin.to_string() == full.origin.file.str() + ":3");

    const art16::Candidatura& minimal = r.records[1];
    CHECK(minimal.codice_fiscale == "FRRNCL79S03A944Q");  // uppercased
    CHECK(minimal.name == "Nicolò");
    CHECK_FALSE(minimal.did_date);
    CHECK_FALSE(minimal.status);
    CHECK_FALSE(minimal.isee);
    CHECK(minimal.dependants.empty());
    CHECK_FALSE(minimal.scuola_obbligo);
    CHECK(minimal.reserve_claims.empty());
    CHECK(minimal.flags.empty());
    CHECK_FALSE(minimal.unemployment_months);
    CHECK(minimal.origin.line == 43);

    const art16::Candidatura& third = r.records[2];
    CHECK(third.surname == "D'Amico");
    CHECK(third.submission_date == Date::from_ymd(2026, 3, 23));
    REQUIRE(third.isee);
    CHECK(third.isee->value.is_zero());
    CHECK(third.isee->omissions);
}

TEST_CASE("a record that breaks the schema is quarantined and the others go on", "[xml]") {
    const Result r = read_file(data_dir() / "candidature-one-invalid.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101", "2026/000103"});
    REQUIRE(r.issues.size() == 1);
    const InputIssue& issue = r.issues.issues()[0];
    CHECK(issue.where.file.str().find("candidature-one-invalid.xml") != std::string::npos);
    CHECK(issue.where.line == 49);
    CHECK(issue.record == "2026/000102");
    CHECK(issue.field == "sesso");
    CHECK(issue.rule == "xsd");
    CHECK_FALSE(issue.message.empty());
}

TEST_CASE("a record problem in its start tag or its end is still the record's", "[xml]") {
    const std::string missing_child =
        replaced(valid_candidature(),
                 "    <dichiarazioni>\n      <scuola_obbligo>false</scuola_obbligo>\n"
                 "      <requisiti_generali>true</requisiti_generali>\n    </dichiarazioni>\n",
                 "");
    const Result r = read_bytes_named(missing_child, "c.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101", "2026/000103"});
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].record == "2026/000102");
    CHECK(r.issues.issues()[0].field == "candidatura");

    const Result bad_key = read_bytes_named(replaced(valid_candidature(), "2026/000103", "2026 000103"), "c.xml");
    CHECK(protocols(bad_key) == std::vector<std::string>{"2026/000101", "2026/000102"});
    REQUIRE(bad_key.issues.size() == 1);
    CHECK(bad_key.issues.issues()[0].record == "2026 000103");
    CHECK(bad_key.issues.issues()[0].where.line == 58);
}

TEST_CASE("a value the schema lets through but gradus cannot convert quarantines its record", "[xml]") {
    // A looser copy of the schema stands in for a value only the conversion catches.
    const std::string loose = replaced(read_bytes(schema_dir() / "candidature-1.xsd"),
                                       "<xs:element name=\"nascita\" type=\"Data\"/>\n      <xs:element name=\"residenza\"",
                                       "<xs:element name=\"nascita\" type=\"xs:string\"/>\n      <xs:element name=\"residenza\"");
    const std::filesystem::path loose_dir = write_scratch("candidature-1.xsd", loose).parent_path();
    const std::filesystem::path file =
        write_scratch("loose.xml", replaced(valid_candidature(), "<nascita>1979-11-03", "<nascita>1979-02-30"));
    const Result r = read_file(file, loose_dir);
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101", "2026/000103"});
    REQUIRE(r.issues.size() == 1);
    const InputIssue& issue = r.issues.issues()[0];
    CHECK(issue.record == "2026/000102");
    CHECK(issue.field == "nascita");
    CHECK(issue.rule == "valore");
    CHECK(issue.where.line == 50);
}

TEST_CASE("a truncated file keeps the records completed before the cut", "[xml]") {
    const std::string whole = valid_candidature();
    const std::string cut = whole.substr(0, whole.find("<cognome>D'Amico"));
    const Result r = read_bytes_named(cut, "cut.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101", "2026/000102"});
    REQUIRE(r.issues.size() == 1);
    const InputIssue& issue = r.issues.issues()[0];
    CHECK(issue.where.file == "cut.xml");
    CHECK(issue.where.line == 62);
    CHECK(issue.record == "2026/000103");
    CHECK(issue.rule == "xml");
}

TEST_CASE("an invalid UTF-8 byte stops the file where it stands", "[xml]") {
    const Result r = read_bytes_named(replaced(valid_candidature(), "Nicolò", "Nicol\xF2"), "latin.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101"});
    REQUIRE(r.issues.size() == 1);
    const InputIssue& issue = r.issues.issues()[0];
    CHECK(issue.rule == "encoding");
    CHECK(issue.message.find("invalid UTF-8") != std::string::npos);
    CHECK(issue.where.line == 48);
    CHECK(issue.where.column == 18);
    CHECK(issue.record == "2026/000102");
}

TEST_CASE("a candidature file with a DOCTYPE yields no record and one issue", "[xml]") {
    const Result r = read_file(data_dir() / "attack-billion-laughs.xml");
    CHECK(r.records.empty());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].message == "DOCTYPE not allowed");
    CHECK(r.issues.issues()[0].where.line == 2);
}

TEST_CASE("a foreign xsi:schemaLocation is ignored and our schema still applies to candidature", "[xml]") {
    const Result r = read_file(data_dir() / "candidature-foreign-schema.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101", "2026/000103"});
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].field == "sesso");
    CHECK(r.issues.issues()[0].where.line == 52);
}

TEST_CASE("candidature in another namespace are refused as a whole", "[xml]") {
    const Result r =
        read_bytes_named(replaced(valid_candidature(), "urn:gradus:candidature:1", "urn:gradus:candidature:2"), "ns.xml");
    CHECK(r.records.empty());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].message.find("wrong namespace 'urn:gradus:candidature:2'") != std::string::npos);
}

TEST_CASE("a protocollo longer than the attribute limit stops the file", "[xml]") {
    const Result r = read_bytes_named(replaced(valid_candidature(), "2026/000102", std::string(5000, '7')), "long.xml");
    CHECK(protocols(r) == std::vector<std::string>{"2026/000101"});
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].rule == "limit");
    CHECK(r.issues.issues()[0].where.line == 43);
}

TEST_CASE("a missing candidature file is an issue, not an exception", "[xml]") {
    const Result r = read_file(data_dir() / "no-such-file.xml");
    CHECK(r.records.empty());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].rule == "file");
}

TEST_CASE("two threads reading two files give the same results as one after the other", "[xml]") {
    const std::filesystem::path first = source_dir() / "fixtures" / "art16" / "demo" / "candidature-1.xml";
    const std::filesystem::path second = source_dir() / "fixtures" / "art16" / "demo" / "candidature-2.xml";
    const Result first_alone = read_file(first);
    const Result second_alone = read_file(second);
    REQUIRE(first_alone.records.size() > 100);
    REQUIRE(second_alone.records.size() > 100);

    Result first_parallel;
    Result second_parallel;
    std::thread a([&] { first_parallel = read_file(first); });
    std::thread b([&] { second_parallel = read_file(second); });
    a.join();
    b.join();
    CHECK(describe(first_parallel.records) == describe(first_alone.records));
    CHECK(describe(second_parallel.records) == describe(second_alone.records));
    CHECK(first_parallel.issues.size() == first_alone.issues.size());
    CHECK(second_parallel.issues.size() == second_alone.issues.size());
}

#include "xml_test_support.hpp"

#include "gradus/xml/avviso_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

std::string valid_avviso() { return read_bytes(data_dir() / "avviso-valid.xml"); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

InputIssue refusal(const std::string& document) {
    try {
        read_avviso_bytes(document, "avviso.xml", schema_dir());
    } catch (const InputError& e) {
        return e.issue();
    }
    FAIL("the avviso was accepted");
    return {};
}

}  // namespace

TEST_CASE("a valid avviso is read field by field", "[xml]") {
    const art16::Avviso a = read_avviso(data_dir() / "avviso-valid.xml", schema_dir());
    CHECK(a.id == "AV-2026-017");
    CHECK(a.body_name == "Comune di Forlì");
    CHECK(a.body_codice_fiscale == "00123450371");
    CHECK(a.region_code == "08");
    CHECK(a.criteria_id == std::optional<std::string>("er-art16-2024"));
    CHECK(a.profile_code == "8.1.4.2.0");
    CHECK(a.profile_description == "Addetti ai servizi di pulizia");
    CHECK(a.posts == 3);
    CHECK(a.contract == art16::ContractKind::determinato);
    CHECK(a.weekly_hours == std::optional<int>(36));
    CHECK(a.months == std::optional<int>(12));
    CHECK(a.minimum_age == 18);
    CHECK(a.maximum_age == std::optional<int>(67));
    CHECK(a.requires_scuola_obbligo);
    CHECK(a.required_statuses == std::vector<std::string>{"disoccupato", "inoccupato"});
    REQUIRE(a.reserved.size() == 1);
    CHECK(a.reserved[0].kind == "volontari_ff_aa");
    CHECK(a.reserved[0].count == 1);
    CHECK(a.publication == Date::from_ymd(2026, 3, 2));
    CHECK(a.applications_open == Date::from_ymd(2026, 3, 9));
    CHECK(a.applications_close == Date::from_ymd(2026, 3, 23));
    CHECK(a.ranking_date == Date::from_ymd(2026, 3, 23));
    CHECK(a.origin.file.str().find("avviso-valid.xml") != std::string::npos);
    CHECK(a.origin.line == 2);
}

TEST_CASE("optional avviso elements may be left out", "[xml]") {
    std::string minimal = valid_avviso();
    minimal = replaced(minimal, "  <criteri>er-art16-2024</criteri>\n", "");
    minimal = replaced(minimal, "    <eta_massima>67</eta_massima>\n", "");
    minimal = replaced(minimal, "<tipo>determinato</tipo>\n    <ore_settimanali>36</ore_settimanali>\n    <mesi>12</mesi>",
                       "<tipo>indeterminato</tipo>");
    const art16::Avviso a = read_avviso_bytes(minimal, "avviso.xml", schema_dir());
    CHECK_FALSE(a.criteria_id);
    CHECK_FALSE(a.maximum_age);
    CHECK_FALSE(a.weekly_hours);
    CHECK_FALSE(a.months);
    CHECK(a.contract == art16::ContractKind::indeterminato);
}

TEST_CASE("an avviso that breaks the schema is refused with its place, element and rule", "[xml]") {
    const InputIssue issue = refusal(replaced(valid_avviso(), "<posti>3</posti>", "<posti>tre</posti>"));
    CHECK(issue.where.file == "avviso.xml");
    CHECK(issue.where.line == 13);
    CHECK(issue.where.column > 0);
    CHECK(issue.record == "AV-2026-017");
    CHECK(issue.field == "posti");
    CHECK(issue.rule == "xsd");
}

TEST_CASE("an avviso dated 2025-02-30 is refused", "[xml]") {
    const InputIssue issue = refusal(replaced(valid_avviso(), "2026-03-02", "2025-02-30"));
    CHECK(issue.where.line == 35);
    CHECK(issue.field == "pubblicazione");
    CHECK(issue.rule == "xsd");
}

TEST_CASE("the ente's codice fiscale needs a right check digit", "[xml]") {
    const InputIssue issue = refusal(replaced(valid_avviso(), "00123450371", "00123450372"));
    CHECK(issue.where.line == 5);
    CHECK(issue.field == "codice_fiscale");
    CHECK(issue.rule == "partita_iva");
}

TEST_CASE("an avviso whose dates or reserved posts do not fit together is refused", "[xml]") {
    const InputIssue dates = refusal(replaced(valid_avviso(), "<chiusura>2026-03-23", "<chiusura>2026-03-08"));
    CHECK(dates.field == "chiusura");
    CHECK(dates.rule == "coerenza");
    CHECK(dates.where.line == 39);
    const InputIssue reserved = refusal(replaced(valid_avviso(), "<posti>1</posti>", "<posti>4</posti>"));
    CHECK(reserved.field == "riserve");
    CHECK(reserved.rule == "coerenza");
    const InputIssue ages = refusal(replaced(valid_avviso(), "<eta_massima>67", "<eta_massima>17"));
    CHECK(ages.field == "eta_massima");
}

TEST_CASE("an avviso with a DOCTYPE or an external entity is refused unread", "[xml]") {
    try {
        read_avviso(data_dir() / "attack-xxe-passwd.xml", schema_dir());
        FAIL("the avviso was accepted");
    } catch (const InputError& e) {
        CHECK(e.issue().rule == "doctype");
        CHECK(std::string(e.what()).find("DOCTYPE not allowed") != std::string::npos);
        CHECK(std::string(e.what()).find("root:") == std::string::npos);
        CHECK(e.issue().where.line == 2);
    }
}

TEST_CASE("an avviso in another namespace is refused", "[xml]") {
    const InputIssue issue = refusal(replaced(valid_avviso(), "urn:gradus:avviso:1", "urn:gradus:candidature:1"));
    CHECK(issue.rule == "namespace");
    CHECK(issue.message.find("wrong namespace") != std::string::npos);
}

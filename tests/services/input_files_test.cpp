#include "gradus/xml/servizi_eventi_reader.hpp"
#include "shipped_data.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path data_dir = test::source_dir / "tests" / "services" / "data";

std::string config_error(const std::filesystem::path& file) {
    try {
        xml::read_lep_parameters(cli::read_file(file), file.string(), test::schema_dir);
    } catch (const ConfigError& e) {
        return e.what();
    }
    FAIL("the parameters were accepted");
    return {};
}

}  // namespace

TEST_CASE("the shipped parameters carry each value with its status and source") {
    const RuleParameters& p = test::shipped_parameters();
    const Date day = Date::from_ymd(2025, 6, 1);
    const DatedValue& did = p.in_force(parameter::contact_after_did_days, day);
    CHECK(*did.value.value == Decimal(30));
    CHECK(did.value.status == criteria::Verification::verified);
    CHECK(did.value.source == "PATR-150");
    const DatedValue& income = p.in_force(parameter::income_employee_euro, day);
    CHECK(*income.value.value == Decimal::parse("8174.00"));
    CHECK(income.value.status == criteria::Verification::secondary);
    CHECK_FALSE(p.in_force(parameter::convocation_days, day).value.known());
    CHECK(p.ladder(Breach::active_measure, day).steps == std::vector<SanctionStep>{{30, false}, {0, true}});
}

TEST_CASE("overlapping periods, a value with stato N and missing parameters are refused, each named") {
    const std::string message = config_error(data_dir / "parametri-overlap.xml");
    CHECK_THAT(message, Contains("parameter contatto_did_giorni: the periods from 2015-09-24 and from 2020-01-01 overlap"));
    CHECK_THAT(message, Contains("parameter contatto_naspi_giorni from 2015-09-24: a value is required exactly when stato is not N"));
    CHECK_THAT(message, Contains("parameter autoprofilazione_giorni is missing"));
    CHECK_THAT(message, Contains("sanctions offerta_congrua are missing"));
}

TEST_CASE("a source that is not declared breaks the schema (xs:keyref)") {
    CHECK_THAT(config_error(data_dir / "parametri-unknown-source.xml"), Contains("identity constraint key"));
}

TEST_CASE("person events: good records are read, bad ones set aside with the reason") {
    std::vector<PersonFacts> people;
    IssueLog issues;
    const auto demo = test::source_dir / "fixtures" / "services" / "demo" / "eventi.xml";
    xml::read_servizi_eventi(cli::read_file(demo), demo.string(), test::schema_dir, people, issues);
    REQUIRE(people.size() == 4);
    CHECK(people[1].codice_fiscale == "RSSMRA80A01H501U");
    CHECK(people[1].benefit_claims.size() == 2);
    CHECK(people[1].appointments.size() == 5);
    CHECK(people[1].appointments[0].outcome == AppointmentOutcome::absent_unjustified);
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues()[0].rule == "codice_fiscale");
    CHECK(issues.issues()[0].record == "NREFNC92T10H501X");

    people.clear();
    IssueLog bad;
    const auto file = data_dir / "eventi-bad.xml";
    xml::read_servizi_eventi(cli::read_file(file), file.string(), test::schema_dir, people, bad);
    REQUIRE(people.size() == 1);
    CHECK(people[0].codice_fiscale == "VRDGPP70C15F205N");
    CHECK(people[0].appointments[0].kind == Breach::orientation);
    REQUIRE(bad.size() == 2);
    CHECK(bad.issues()[0].record == "RSSMRA80A01H501U");
    CHECK(bad.issues()[0].field == "appuntamento");
    CHECK(bad.issues()[1].record == "BNCLRA85M41H501Z");
}

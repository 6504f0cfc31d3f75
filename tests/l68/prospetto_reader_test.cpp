#include "gradus/xml/prospetto_reader.hpp"
#include "gradus/xml/sax_parser.hpp"

#include "fixture_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

TEST_CASE("UNIPI reader: every quadro 2 and quadro 3 figure of a prospetto", "[l68][unipi]") {
    IssueLog issues;
    const auto p = read_fixture(fixtures() / "prospetti/23-telelavoro-intermittenti.xml", issues);
    REQUIRE(p);
    CHECK(issues.empty());
    CHECK(p->codice_comunicazione == "PI24000000000023");
    CHECK(p->data_invio == "2025-01-20T10:00:00");
    CHECK(p->data_invio_day == Date::from_ymd(2025, 1, 20));
    CHECK(p->type == CommunicationType::prospetto);
    CHECK(p->reference_date == Date::from_ymd(2024, 12, 31));
    CHECK(p->codice_fiscale == "10000000231");
    CHECK(p->denominazione == "Remoto spa");
    CHECK(p->comune_sede_legale == "H501");
    CHECK(p->declared_category == 'A');
    CHECK(p->national_employees == 200);
    REQUIRE(p->provinces.size() == 1);
    const ProvincialDetail& d = p->provinces[0];
    CHECK(d.provincia == "058");
    CHECK(d.employees == 200);
    CHECK(d.disabled.full_time == 5);
    REQUIRE(d.disabled.part_time.size() == 1);
    CHECK(d.disabled.part_time[0].count == 2);
    CHECK(d.disabled.part_time[0].contractual.minutes == 2400);
    CHECK(d.disabled.part_time[0].part_time.minutes == 1080);
    CHECK(d.switchboard_blind.full_time == 1);
    CHECK(d.physiotherapist_blind.full_time == 1);
    CHECK(d.telework.full_time == 2);
    REQUIRE(d.intermittent.size() == 1);
    CHECK(d.intermittent[0].part_time.minutes == 600);
    CHECK(d.protected_category == 3);
    REQUIRE(p->declared_national);
    CHECK(p->declared_national->base_art3 == 183);
    CHECK(p->declared_national->quota_disabled == 13);
    REQUIRE(p->declared_provinces.size() == 1);
    CHECK(p->declared_provinces[0].shortfall_disabled == 5);
}

TEST_CASE("UNIPI reader: rettifica, esonero, sospensione, compensazioni", "[l68][unipi]") {
    IssueLog issues;
    const auto r = read_fixture(fixtures() / "prospetti/29-rettifica.xml", issues);
    REQUIRE(r);
    CHECK(r->type == CommunicationType::rettifica);
    CHECK(r->codice_precedente == "PI24000000000028");
    const auto e = read_fixture(fixtures() / "prospetti/12-esonero-approvato.xml", issues);
    REQUIRE(e);
    REQUIRE(e->provinces[0].exemption);
    CHECK(e->provinces[0].exemption->state == Approval::approved);
    CHECK(e->provinces[0].exemption->until == Date::from_ymd(2025, 12, 31));
    CHECK(e->provinces[0].exemption->percent == 60);
    const auto s = read_fixture(fixtures() / "prospetti/16-sospensione.xml", issues);
    REQUIRE(s);
    REQUIRE(s->provinces[0].suspension);
    CHECK(s->provinces[0].suspension->workers == 10);
    const auto c = read_fixture(fixtures() / "prospetti/19-compensazione.xml", issues);
    REQUIRE(c);
    REQUIRE(c->provinces.size() == 2);
    REQUIRE(c->provinces[1].compensations.size() == 1);
    CHECK(c->provinces[1].compensations[0].kind == CompensationKind::reduction);
    CHECK(c->provinces[1].compensations[0].count == 2);
    CHECK(issues.empty());
}

TEST_CASE("UNIPI reader: hostile and broken files are refused with a reason", "[l68][unipi]") {
    for (const char* name : {"doctype-xxe.xml", "troncato.xml", "tipo-sconosciuto.xml", "nlavoratori-testo.xml"}) {
        IssueLog issues;
        CAPTURE(name);
        CHECK_FALSE(read_fixture(fixtures() / "scartati" / name, issues));
        REQUIRE(issues.size() == 1);
        CHECK_FALSE(issues.issues()[0].message.empty());
    }
}

namespace {

class CountingHandler final : public xml::Handler {
public:
    void start_element(std::string_view, const std::vector<xml::Attribute>&, const SourcePosition&) override {}
    void end_element(std::string_view, std::string&&, const SourcePosition&) override {}
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(where.to_string() + ": " + message);
    }
    std::vector<std::string> errors;
};

}  // namespace

TEST_CASE("Every fixture prospetto is valid against the Ministry's Unipi.xsd", "[l68][unipi][ministero]") {
    const auto ministry = source_dir().parent_path() / "shared" / "standards" / "Unipi.xsd";
    if (!std::filesystem::exists(ministry)) {
        WARN("the Ministry's schema is not at " << ministry.string() << ": check skipped");
        return;
    }
    const xml::Schema schema{ministry, std::string(xml::unipi_namespace)};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures() / "prospetti")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() >= 30);
    for (const auto& file : files) {
        CAPTURE(file.filename().string());
        CountingHandler handler;
        xml::parse_file(file, schema, handler);
        CHECK(handler.errors.empty());
        IssueLog issues;
        CHECK(read_fixture(file, issues));  // and against the project's own schema
        CHECK(issues.empty());
    }
}

#include "xml_test_support.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/xml/avviso_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

std::filesystem::path demo_dir() { return source_dir() / "fixtures" / "art16" / "demo"; }

}  // namespace

TEST_CASE("the demo avviso reads as generated", "[xml]") {
    const art16::Avviso a = read_avviso(demo_dir() / "avviso.xml", schema_dir());
    CHECK(a.region_code == "08");
    CHECK(a.profile_code == "8.1.4.2.0");
    CHECK(a.posts == 3);
    REQUIRE(a.reserved.size() == 1);
    CHECK(a.reserved[0].kind == "volontari_ff_aa");
    CHECK(a.publication == Date::from_ymd(2026, 3, 2));
}

TEST_CASE("the demo candidature hold 300 records, two of them planted schema violations", "[xml]") {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
    std::string avviso_1, avviso_2;
    read_candidature(demo_dir() / "candidature-1.xml", schema_dir(), records, issues, &avviso_1);
    read_candidature(demo_dir() / "candidature-2.xml", schema_dir(), records, issues, &avviso_2);
    CHECK(avviso_1 == "ER-FC-2026-0007");
    CHECK(avviso_2 == "ER-FC-2026-0007");
    CHECK(records.size() == 298);
    REQUIRE(issues.size() == 2);
    std::vector<std::string> fields{issues.issues()[0].field, issues.issues()[1].field};
    std::sort(fields.begin(), fields.end());
    CHECK(fields == std::vector<std::string>{"nascita", "valore"});
    const auto wrong_check_character = std::count_if(records.begin(), records.end(), [](const art16::Candidatura& c) {
        return !CodiceFiscale::is_valid(c.codice_fiscale);
    });
    CHECK(wrong_check_character == 3);
    const std::string months = "ABCDEHLMPRST";
    for (const art16::Candidatura& c : records) {
        if (CodiceFiscale::is_valid(c.codice_fiscale)) {
            const std::string cf = c.codice_fiscale.str();
            CHECK(CodiceFiscale::parse(cf).sex() == c.sex);
            CHECK(std::stoi(cf.substr(6, 2)) == c.birth.year() % 100);
            CHECK(cf[8] == months[c.birth.month() - 1]);
            CHECK(std::stoi(cf.substr(9, 2)) % 40 == static_cast<int>(c.birth.day()));
        }
    }
}

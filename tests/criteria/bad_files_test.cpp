#include "gradus/core/errors.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace gradus;

namespace {

const std::filesystem::path source_dir{GRADUS_SOURCE_DIR};
const std::filesystem::path schema_dir = source_dir / "schemas";
const std::filesystem::path data_dir = source_dir / "tests" / "criteria" / "data";

// The message of the ConfigError that reading `file` throws.
std::string refusal(const char* file) {
    try {
        xml::read_criteria(data_dir / file, schema_dir);
    } catch (const ConfigError& e) {
        return e.what();
    }
    FAIL("" << file << " was accepted");
    return {};
}

}  // namespace

TEST_CASE("The template of the bad files is itself valid", "[criteria]") {
    const auto c = xml::read_criteria(data_dir / "valid-minimal.xml", schema_dir);
    CHECK(c.id == "test-minimo");
    CHECK(c.tie_breaks == std::vector<criteria::TieBreak>{criteria::TieBreak::younger_first,
                                                         criteria::TieBreak::protocol});
}

TEST_CASE("A value with stato N is refused at its element", "[criteria]") {
    const std::string m = refusal("bad-value-with-stato-n.xml");
    CHECK_THAT(m, Catch::Contains("bad-value-with-stato-n.xml:18:"));
    CHECK_THAT(m, Catch::Contains("<isee/tetto> (isee.cap)"));
    CHECK_THAT(m, Catch::Contains("stato N"));
}

TEST_CASE("A missing value with stato V is refused at its element", "[criteria]") {
    const std::string m = refusal("bad-missing-value-stato-v.xml");
    CHECK_THAT(m, Catch::Contains("bad-missing-value-stato-v.xml:26:"));
    CHECK_THAT(m, Catch::Contains("<bonus_did/punti> (did_bonus.points)"));
    CHECK_THAT(m, Catch::Contains("no value"));
}

TEST_CASE("A source id that is not declared is refused", "[criteria]") {
    const std::string m = refusal("bad-unknown-fonte.xml");
    CHECK_THAT(m, Catch::Contains(":16:"));
    CHECK_THAT(m, Catch::Contains("<isee/passo> (isee.step)"));
    CHECK_THAT(m, Catch::Contains("'S9'"));
}

TEST_CASE("protocollo anywhere but last is refused", "[criteria]") {
    const std::string m = refusal("bad-protocollo-not-last.xml");
    CHECK_THAT(m, Catch::Contains(":38:"));
    CHECK_THAT(m, Catch::Contains("(tie_breaks[0])"));
    CHECK_THAT(m, Catch::Contains("protocollo must be the last"));
}

TEST_CASE("An unknown tie-break name is refused with the known ones", "[criteria]") {
    const std::string m = refusal("bad-unknown-tie-break.xml");
    CHECK_THAT(m, Catch::Contains("<spareggi/spareggio> (tie_breaks[0])"));
    CHECK_THAT(m, Catch::Contains("'piu_bello'"));
    CHECK_THAT(m, Catch::Contains("piu_giovane"));
}

TEST_CASE("Descending age brackets are refused at the bracket out of order", "[criteria]") {
    const std::string m = refusal("bad-descending-age.xml");
    CHECK_THAT(m, Catch::Contains(":32:"));
    CHECK_THAT(m, Catch::Contains("<eta/fasce/fascia> (age.brackets[1])"));
    CHECK_THAT(m, Catch::Contains("strictly ascending"));
}

TEST_CASE("A validity that ends before it starts is refused", "[criteria]") {
    const std::string m = refusal("bad-validity-end-before-start.xml");
    CHECK_THAT(m, Catch::Contains("<validita/al> (valid_to)"));
    CHECK_THAT(m, Catch::Contains("2019-12-31"));
}

TEST_CASE("A point value with more decimals than the score scale is refused", "[criteria]") {
    const std::string m = refusal("bad-too-many-decimals.xml");
    CHECK_THAT(m, Catch::Contains("<bonus_did/punti> (did_bonus.points)"));
    CHECK_THAT(m, Catch::Contains("more decimals than the score scale"));
}

TEST_CASE("A schema violation is refused with its file, line and element", "[criteria]") {
    const std::string m = refusal("bad-xsd-violation.xml");
    CHECK_THAT(m, Catch::Contains("bad-xsd-violation.xml:12:"));
    CHECK_THAT(m, Catch::Contains("<punteggio/base>"));
    CHECK_THAT(m, Catch::Contains("schema violation"));
}

TEST_CASE("A directory with two overlapping versions is refused naming both files", "[criteria]") {
    CHECK_THROWS_WITH(xml::read_criteria_dir(data_dir / "overlap", schema_dir),
                      Catch::Contains("a-2020.xml") && Catch::Contains("b-2021.xml") &&
                          Catch::Contains("overlap from 2021-06-01"));
}

TEST_CASE("A missing criteria file is a ConfigError naming it", "[criteria]") {
    CHECK_THROWS_WITH(xml::read_criteria(data_dir / "absent.xml", schema_dir), Catch::Contains("absent.xml"));
}

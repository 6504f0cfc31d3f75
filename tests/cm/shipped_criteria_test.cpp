// The collocamento mirato criteria shipped in criteria/mirato/: key numbers, statuses and the
// unknowns each one declares (shared/domain/l68-collocamento-mirato.md §5).

#include "builders.hpp"

#include "gradus/cm/ranking.hpp"
#include "gradus/criteria/validation.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using criteria::Verification;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};
const std::filesystem::path schemas = source / "schemas";

criteria::Criteria shipped(const char* file) { return xml::read_criteria(source / "criteria" / "mirato" / file, schemas); }

}  // namespace

TEST_CASE("Lecco's file: base 1000, lower first, signed months from 30 April 1988, income blocks", "[cm][criteria]") {
    const auto c = shipped("lombardia-lecco-mirato.xml");
    CHECK(c.procedure == "collocamento_mirato");
    CHECK(c.direction == criteria::Direction::lower_first);
    CHECK(*c.base.value == Decimal(1000));
    CHECK(*c.seniority->conventional_date.value == Date::from_ymd(1988, 4, 30));
    CHECK(c.invalidity->public_employers_only);
    CHECK(c.invalidity->bands.value->size() == 4);
    CHECK(*c.income->block.value == Decimal::parse("516.45"));
    CHECK(c.settings.at("income.partial_blocks_count").status == Verification::inferred);
    CHECK(c.unknown_parameters() == std::vector<std::string>{"income.missing_points"});
    CHECK(c.tie_breaks == std::vector<criteria::TieBreak>{criteria::TieBreak::earlier_registration,
                                                          criteria::TieBreak::younger_first, criteria::TieBreak::protocol});
}

TEST_CASE("Piemonte's file reproduces the worked example 163 (§6.1 ex. 5)", "[cm][criteria]") {
    auto c = shipped("piemonte-mirato-dgr7-6435-2023.xml");
    CHECK(c.unknown_parameters() == std::vector<std::string>{"isee.missing_points"});
    auto p = test::cm::person("1");
    p.registration_date = Date::from_ymd(2022, 1, 1);
    p.isee = test::cm::isee("4200.00", Date::from_ymd(2024, 1, 15), Date::from_ymd(2024, 12, 31));
    const auto s = cm::score_iscritto(c, p, Date::from_ymd(2024, 7, 1), false);
    CHECK(s.score.to_string() == "163.0");
}

TEST_CASE("Emilia-Romagna's SIL scheme keeps its configuration constants unknown", "[cm][criteria]") {
    const auto c = shipped("emilia-romagna-mirato-sil.xml");
    CHECK(c.direction == criteria::Direction::lower_first);
    CHECK(c.base.status == Verification::inferred);
    CHECK(*c.seniority->max_months.value == 60);
    CHECK(c.unknown_parameters() == std::vector<std::string>{"dependants.points", "seniority.points_per_month",
                                                             "invalidity.bands", "income.threshold",
                                                             "income.missing_points", "income.max_years_back"});
}

TEST_CASE("The mirato folder loads as one catalogue; each region's file is chosen by date", "[cm][criteria]") {
    const auto all = xml::read_criteria_dir(source / "criteria" / "mirato", schemas);
    REQUIRE(all.size() == 3);
    CHECK(criteria::select_criteria(all, "01", "collocamento_mirato", Date::from_ymd(2024, 1, 1)).criteria.id ==
          "piemonte-mirato-2023");
    CHECK_THROWS(criteria::select_criteria(all, "01", "collocamento_mirato", Date::from_ymd(2022, 12, 31)));
}

TEST_CASE("Validation refuses components and tie-breaks of the other procedure", "[cm][criteria]") {
    auto c = test::cm::piemonte();
    c.sources = {{"T", "test", "https://example.org"}};
    c.settings["tie_breaks"] = {Verification::secondary, "T"};
    c.riesame_days = {std::nullopt, Verification::unknown, "T"};
    CHECK(criteria::validate(c).empty());
    c.tie_breaks.insert(c.tie_breaks.begin(), criteria::TieBreak::earlier_submission);
    c.age = criteria::AgeRule{};
    auto problems = criteria::validate(c);
    const auto has = [&](const std::string& parameter) {
        return std::any_of(problems.begin(), problems.end(), [&](const auto& p) { return p.parameter == parameter; });
    };
    CHECK(has("age"));
    CHECK(has("tie_breaks[0]"));
    auto art16 = test::cm::piemonte();
    art16.procedure = "art16";
    art16.isee->valid_at = criteria::ReferenceDate::submission;
    problems = criteria::validate(art16);
    CHECK(has("seniority"));
    CHECK(has("invalidity"));
}

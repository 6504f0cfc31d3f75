#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace gradus;
using namespace gradus::criteria;

namespace {

const std::filesystem::path source_dir{GRADUS_SOURCE_DIR};
const std::filesystem::path schema_dir = source_dir / "schemas";
const std::filesystem::path criteria_dir = source_dir / "criteria";

Criteria shipped(const char* file) { return xml::read_criteria(criteria_dir / file, schema_dir); }

template <class T>
void check_parameter(const Parameter<T>& p, const T& value, Verification status, const char* source) {
    REQUIRE(p.known());
    CHECK(*p.value == value);
    CHECK(p.status == status);
    CHECK(p.source == source);
}

template <class T>
void check_unknown(const Parameter<T>& p, const char* source) {
    CHECK_FALSE(p.known());
    CHECK(p.status == Verification::unknown);
    CHECK(p.source == source);
}

void check_setting(const Criteria& c, const char* name, Verification status, const char* source) {
    REQUIRE(c.settings.count(name) == 1);
    CHECK(c.settings.at(name).status == status);
    CHECK(c.settings.at(name).source == source);
}

}  // namespace

TEST_CASE("Emilia-Romagna's file carries the numbers of S5 with their statuses", "[criteria]") {
    const Criteria c = shipped("emilia-romagna-art16.xml");
    CHECK(c.id == "emilia-romagna-art16-2017");
    CHECK(c.procedure == "art16");
    CHECK(c.region_code == "08");
    CHECK(c.valid_from == Date::from_ymd(2017, 1, 1));
    CHECK_FALSE(c.valid_to.has_value());
    check_setting(c, "valid_from", Verification::inferred, "S5-2017");
    check_parameter(c.base, Decimal(100), Verification::verified, "S5");
    CHECK(c.direction == Direction::higher_first);
    CHECK(c.score_scale == 0);
    REQUIRE(c.isee);
    CHECK(c.isee->form == IseeRule::Form::deduction);
    check_parameter(c.isee->step, Decimal::parse("1000.00"), Verification::verified, "S5");
    check_parameter(c.isee->points_per_step, Decimal(-1), Verification::verified, "S5");
    check_parameter(c.isee->cap, Decimal(25), Verification::verified, "S5");
    check_parameter(c.isee->missing_points, Decimal(-25), Verification::verified, "S5");
    check_parameter(c.isee->rounding, Rounding::over_half, Verification::verified, "S5");
    CHECK_FALSE(c.isee->below_one_step_free);
    CHECK(c.isee->omissions_as_missing);
    CHECK(c.isee->valid_at == ReferenceDate::submission);
    REQUIRE(c.did_bonus);
    check_parameter(c.did_bonus->points, Decimal(5), Verification::verified, "S5");
    CHECK(c.did_bonus->before == ReferenceDate::publication);
    REQUIRE(c.age);
    REQUIRE(c.age->brackets.known());
    const auto& brackets = *c.age->brackets.value;
    REQUIRE(brackets.size() == 3);
    CHECK(brackets[0].from_age == 40);
    CHECK(brackets[0].points == Decimal(2));
    CHECK(brackets[2].from_age == 50);
    CHECK(brackets[2].points == Decimal(6));
    CHECK(c.age->only_with_did);
    check_setting(c, "age.only_with_did", Verification::inferred, "S5");
    check_setting(c, "age.at", Verification::code, "S24");
    CHECK_FALSE(c.unemployment);
    CHECK_FALSE(c.dependants);
    CHECK(c.tie_breaks == std::vector<TieBreak>{TieBreak::younger_first, TieBreak::protocol});
    check_unknown(c.riesame_days, "S5");
    CHECK(c.unknown_parameters().empty());
    CHECK(c.unknown_settings() == std::vector<std::string>{"riesame_days"});
}

TEST_CASE("Campania's file scores in tenths with unemployment and dependants", "[criteria]") {
    const Criteria c = shipped("campania-art16.xml");
    CHECK(c.region_code == "15");
    CHECK(c.score_scale == 1);
    check_setting(c, "valid_from", Verification::inferred, "S6");
    check_setting(c, "direction", Verification::inferred, "S6");
    REQUIRE(c.isee);
    check_parameter(c.isee->cap, Decimal(25), Verification::verified, "S6");
    REQUIRE(c.unemployment);
    check_parameter(c.unemployment->points_per_month, Decimal::parse("0.1"), Verification::verified, "S6");
    check_parameter(c.unemployment->max_months, 60, Verification::verified, "S6");
    REQUIRE(c.dependants);
    check_parameter(c.dependants->points, Decimal(1), Verification::verified, "S6");
    check_parameter(c.dependants->disabled_points, Decimal::parse("1.5"), Verification::verified, "S6");
    check_parameter(c.dependants->disabled_threshold_pct, 65, Verification::verified, "S6");
    CHECK(c.dependants->at == ReferenceDate::publication);
    CHECK(c.tie_breaks == std::vector<TieBreak>{TieBreak::younger_first, TieBreak::more_dependant_points,
                                                TieBreak::longer_unemployment, TieBreak::protocol});
    check_unknown(c.riesame_days, "S6");
    CHECK(c.unknown_parameters().empty());
}

TEST_CASE("Lombardia's 2023 file marks the DID points unknown", "[criteria]") {
    const Criteria c = shipped("lombardia-art16-2023.xml");
    CHECK(c.id == "lombardia-art16-2023");
    CHECK(c.region_code == "03");
    CHECK(c.act_date == Date::from_ymd(2023, 8, 22));
    CHECK(c.valid_from == Date::from_ymd(2023, 9, 11));
    check_setting(c, "valid_from", Verification::verified, "S8");
    check_parameter(c.isee->cap, Decimal(100), Verification::verified, "S8");
    check_parameter(c.isee->rounding, Rounding::over_half, Verification::verified, "S8");
    REQUIRE(c.did_bonus);
    check_unknown(c.did_bonus->points, "S8");
    const auto unknown = c.unknown_parameters();
    CHECK(std::find(unknown.begin(), unknown.end(), "did_bonus.points") != unknown.end());
    CHECK(unknown == std::vector<std::string>{"isee.missing_points", "did_bonus.points"});
    CHECK(c.tie_breaks == std::vector<TieBreak>{TieBreak::protocol});
    check_setting(c, "tie_breaks", Verification::unknown, "S8");
    check_parameter(c.riesame_days, 8, Verification::verified, "S25");
    CHECK(c.unknown_settings() == std::vector<std::string>{"tie_breaks"});
}

TEST_CASE("Veneto's DGR 1219/2021 file deducts per hundred euro, half rounding inferred", "[criteria]") {
    const Criteria c = shipped("veneto-art16-dgr1219-2021.xml");
    CHECK(c.region_code == "05");
    check_parameter(c.base, Decimal(1000), Verification::verified, "S26");
    check_setting(c, "valid_from", Verification::inferred, "BUR-1313");
    REQUIRE(c.isee);
    check_parameter(c.isee->step, Decimal(100), Verification::verified, "S26");
    check_parameter(c.isee->cap, Decimal(400), Verification::verified, "S26");
    check_parameter(c.isee->missing_points, Decimal(-400), Verification::verified, "S26");
    check_parameter(c.isee->rounding, Rounding::half_up, Verification::inferred, "S26");
    CHECK(c.tie_breaks == std::vector<TieBreak>{TieBreak::protocol});
    check_parameter(c.riesame_days, 10, Verification::verified, "S26");
    CHECK(c.unknown_parameters().empty());
}

TEST_CASE("The national Tabella ranks the lower score first and leaves income unknown", "[criteria]") {
    const Criteria c = shipped("nazionale-tabella-dpr487-1994.xml");
    CHECK(c.region_code == "00");
    CHECK(c.direction == Direction::lower_first);
    CHECK(c.valid_from == Date::from_ymd(1994, 8, 9));
    CHECK(c.valid_to == Date::from_ymd(2003, 1, 29));
    check_setting(c, "valid_to", Verification::inferred, "S15");
    check_parameter(c.base, Decimal(1000), Verification::verified, "S1");
    check_parameter(c.dependants->points, Decimal(-12), Verification::verified, "S1");
    check_parameter(c.unemployment->points_per_month, Decimal(-1), Verification::verified, "S1");
    check_parameter(c.unemployment->max_months, 60, Verification::inferred, "S4");
    check_unknown(c.isee->step, "S1");
    CHECK(c.unknown_parameters() == std::vector<std::string>{"isee.step", "isee.points_per_step", "isee.cap",
                                                             "isee.missing_points", "isee.rounding"});
    CHECK(c.in_force_on(Date::from_ymd(2003, 1, 29)));
    CHECK_FALSE(c.in_force_on(Date::from_ymd(2003, 1, 30)));
}

TEST_CASE("The shipped directory loads sorted by file name, each with its hash", "[criteria]") {
    const auto all = xml::read_criteria_dir(criteria_dir, schema_dir);
    REQUIRE(all.size() == 5);
    CHECK(all[0].file_name == "campania-art16.xml");
    CHECK(all[1].file_name == "emilia-romagna-art16.xml");
    CHECK(all[2].file_name == "lombardia-art16-2023.xml");
    CHECK(all[3].file_name == "nazionale-tabella-dpr487-1994.xml");
    CHECK(all[4].file_name == "veneto-art16-dgr1219-2021.xml");
    for (const auto& c : all) {
        CHECK(c.sha256 == sha256_hex(c.bytes));
        CHECK(c.sha256.size() == 64);
    }
    // A stored copy of the bytes reads back to the same rules.
    const Criteria again = xml::read_criteria_bytes(all[2].bytes, all[2].file_name, schema_dir);
    CHECK(again.id == all[2].criteria.id);
    CHECK(again.valid_from == all[2].criteria.valid_from);
}

TEST_CASE("Lombardia's criteria are selected from 11 September 2023", "[criteria]") {
    const auto all = xml::read_criteria_dir(criteria_dir, schema_dir);
    CHECK_THROWS_WITH(select_criteria(all, "03", "art16", Date::from_ymd(2023, 9, 10)),
                      Catch::Contains("region 03") && Catch::Contains("2023-09-10"));
    const LoadedCriteria& chosen = select_criteria(all, "03", "art16", Date::from_ymd(2023, 9, 11));
    CHECK(chosen.file_name == "lombardia-art16-2023.xml");
    CHECK(select_criteria(all, "00", "art16", Date::from_ymd(2000, 4, 1)).criteria.id == "nazionale-art16-dpr487-1994");
}

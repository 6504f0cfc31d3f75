#include "gradus/core/errors.hpp"
#include "sample_criteria.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::criteria;
using gradus::test::loaded;
using gradus::test::sample_criteria;

namespace {

Criteria version(const char* id, const char* region, Date from, std::optional<Date> to) {
    Criteria c = sample_criteria();
    c.id = id;
    c.region_code = region;
    c.valid_from = from;
    c.valid_to = to;
    return c;
}

std::vector<LoadedCriteria> two_lombardy_versions() {
    return {loaded(version("lombardia-2021", "03", Date::from_ymd(2021, 1, 1), Date::from_ymd(2023, 9, 10)),
                   "lombardia-2021.xml"),
            loaded(version("lombardia-2023", "03", Date::from_ymd(2023, 9, 11), std::nullopt), "lombardia-2023.xml"),
            loaded(version("veneto-2021", "05", Date::from_ymd(2021, 9, 28), std::nullopt), "veneto.xml")};
}

}  // namespace

TEST_CASE("select_criteria picks the version of the region in force on the date", "[criteria]") {
    const auto all = two_lombardy_versions();
    CHECK(select_criteria(all, "03", "art16", Date::from_ymd(2023, 9, 10)).criteria.id == "lombardia-2021");
    CHECK(select_criteria(all, "03", "art16", Date::from_ymd(2023, 9, 11)).file_name == "lombardia-2023.xml");
    CHECK(select_criteria(all, "05", "art16", Date::from_ymd(2024, 1, 1)).criteria.id == "veneto-2021");
}

TEST_CASE("select_criteria names region and date when no version is in force", "[criteria]") {
    const auto all = two_lombardy_versions();
    CHECK_THROWS_WITH(select_criteria(all, "03", "art16", Date::from_ymd(2020, 12, 31)),
                      Catch::Contains("region 03") && Catch::Contains("2020-12-31"));
    CHECK_THROWS_AS(select_criteria(all, "08", "art16", Date::from_ymd(2024, 1, 1)), ConfigError);
    CHECK_THROWS_AS(select_criteria(all, "03", "l68", Date::from_ymd(2024, 1, 1)), ConfigError);
}

TEST_CASE("Two versions in force on the same day are refused", "[criteria]") {
    auto all = two_lombardy_versions();
    all[0].criteria.valid_to = Date::from_ymd(2023, 9, 11);
    CHECK_THROWS_WITH(select_criteria(all, "03", "art16", Date::from_ymd(2023, 9, 11)),
                      Catch::Contains("lombardia-2021.xml") && Catch::Contains("lombardia-2023.xml"));
    CHECK_THROWS_WITH(check_catalogue(all), Catch::Contains("overlap from 2023-09-11"));
    all[0].criteria.valid_to = Date::from_ymd(2023, 9, 10);
    CHECK_NOTHROW(check_catalogue(all));
}

TEST_CASE("An open-ended version overlaps every later one of its region", "[criteria]") {
    auto all = two_lombardy_versions();
    all[0].criteria.valid_to.reset();
    CHECK_THROWS_AS(check_catalogue(all), ConfigError);
}

TEST_CASE("check_catalogue refuses an id used twice", "[criteria]") {
    auto all = two_lombardy_versions();
    all[2].criteria.id = "lombardia-2023";
    CHECK_THROWS_WITH(check_catalogue(all), Catch::Contains("lombardia-2023") && Catch::Contains("veneto.xml"));
}

TEST_CASE("select_criteria_by_id finds a version or names the missing id", "[criteria]") {
    const auto all = two_lombardy_versions();
    CHECK(select_criteria_by_id(all, "veneto-2021").file_name == "veneto.xml");
    CHECK_THROWS_WITH(select_criteria_by_id(all, "piemonte"), Catch::Contains("piemonte"));
}

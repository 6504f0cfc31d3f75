#include "gradus/core/errors.hpp"
#include "gradus/services/identificativo_politica.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::services;

TEST_CASE("the documented example: Lazio, sequence 9124756, H501X000004, A02, 1 January 2017") {
    const Date proposed = Date::from_ymd(2017, 1, 1);
    CHECK(policy_check_character("H501X000004", "A02", proposed) == 'B');
    CHECK(make_identificativo_politica("08", 9124756, "H501X000004", "A02", proposed) == "08008B3B94B");
    CHECK_FALSE(identificativo_form_problem("08008B3B94B").has_value());
}

TEST_CASE("the check character changes with each part of the tuple") {
    const Date proposed = Date::from_ymd(2017, 1, 1);
    // Computed independently with the DM 23/12/1976 tables over the 22 characters.
    CHECK(policy_check_character("H501X000004", "A02", Date::from_ymd(2017, 1, 2)) == 'C');
    CHECK(policy_check_character("H501X000004", "C06", proposed) == 'H');
    CHECK(policy_check_character("H501X000005", "A02", proposed) == 'F');
}

TEST_CASE("sequence numbers fill 8 upper-case hex digits") {
    const Date proposed = Date::from_ymd(2025, 5, 2);
    CHECK(make_identificativo_politica("00", 0, "H501X000004", "A01", proposed).substr(0, 10) == "0000000000");
    CHECK(make_identificativo_politica("21", 0xFFFFFFFFU, "H501X000004", "A01", proposed).substr(0, 10) == "21FFFFFFFF");
}

TEST_CASE("bad identificativi and inputs are named") {
    CHECK(identificativo_form_problem("08008B3B94") == std::optional<std::string>("length 10, expected 11"));
    CHECK(identificativo_form_problem("25008B3B94B") == std::optional<std::string>("'25' is not a sending system code"));
    CHECK(identificativo_form_problem("08008b3b94B") ==
          std::optional<std::string>("characters 3-10 must be hexadecimal digits 0-9 A-F"));
    CHECK(identificativo_form_problem("08008B3B941") == std::optional<std::string>("character 11 must be a letter"));
    CHECK(is_sending_system("31"));
    CHECK(is_sending_system("32"));
    CHECK_FALSE(is_sending_system("22"));
    CHECK_THROWS_AS(make_identificativo_politica("22", 1, "H501X000004", "A02", Date::from_ymd(2017, 1, 1)), ParseError);
    CHECK_THROWS_AS(policy_check_character("H501X00004", "A02", Date::from_ymd(2017, 1, 1)), ParseError);
}

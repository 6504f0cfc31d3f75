#include "gradus/core/codice_fiscale.hpp"
#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::CodiceFiscale;
using gradus::ParseError;
using gradus::PartitaIva;
using Catch::Matchers::Contains;

// Check character of RSSMRA85T10A562 (DM 23/12/1976), worked by hand:
//   odd positions  R S R 8 T 0 5 2 -> 8 + 12 + 8 + 19 + 14 + 1 + 13 + 5 = 80
//   even positions S M A 5 1 A 6   -> 18 + 12 + 0 + 5 + 1 + 0 + 6      = 42
//   (80 + 42) mod 26 = 122 mod 26 = 18 -> 'S'
TEST_CASE("Codice fiscale check character: the classic Mario Rossi example", "[core][codice_fiscale]") {
    CHECK(CodiceFiscale::check_character("RSSMRA85T10A562") == 'S');
    const CodiceFiscale cf = CodiceFiscale::parse("RSSMRA85T10A562S");
    CHECK(cf.str() == "RSSMRA85T10A562S");
    CHECK(cf.sex() == 'M');
    CHECK_FALSE(cf.is_omocode());
    CHECK(CodiceFiscale::is_valid("RSSMRA85T10A562S"));
}

TEST_CASE("Codice fiscale check character of other codes", "[core][codice_fiscale]") {
    // Day 50 = 10 + 40 (a woman): position 10 holds 5 instead of 1, even value +4: 126 mod 26 = 22 -> 'W'.
    CHECK(CodiceFiscale::check_character("RSSMRA85T50A562") == 'W');
    CHECK(CodiceFiscale::check_character("BNCLRA90A41H501") == 'F');
    CHECK(CodiceFiscale::check_character("VRDGPP13R10B293") == 'P');
    CHECK(CodiceFiscale::check_character("rssmra85t10a562") == 'S');
    CHECK_THROWS_WITH(CodiceFiscale::check_character("RSSMRA85T10A56"), Contains("length 14, expected 15"));
    CHECK_THROWS_WITH(CodiceFiscale::check_character("RSSMRA85T10A5-2"), Contains("position 14: '-'"));
}

TEST_CASE("Codice fiscale of a woman: day of birth above 40", "[core][codice_fiscale]") {
    const CodiceFiscale cf = CodiceFiscale::parse("BNCLRA90A41H501F");
    CHECK(cf.sex() == 'F');
    CHECK(CodiceFiscale::parse("RSSMRA85T50A562W").sex() == 'F');
}

TEST_CASE("Omocode codice fiscale: substitution letters and recomputed check", "[core][codice_fiscale]") {
    // Position 15 '2' -> 'N' (L M N = 0 1 2): odd value 5 -> 20, 122 + 15 = 137, 137 mod 26 = 7 -> 'H'.
    const CodiceFiscale one = CodiceFiscale::parse("RSSMRA85T10A56NH");
    CHECK(one.is_omocode());
    CHECK(one.sex() == 'M');
    // Then position 14 '6' -> 'S': even value 6 -> 18, 137 + 12 = 149, 149 mod 26 = 19 -> 'T'.
    CHECK(CodiceFiscale::parse("RSSMRA85T10A5SNT").is_omocode());
    // Day digits substituted too: 'M' 'L' = 1 0, still the 10th, still a man. Position 10 (even)
    // 1 -> 12, position 11 (odd) 1 -> 4: 122 + 11 + 3 = 136, 136 mod 26 = 6 -> 'G'.
    CHECK(CodiceFiscale::check_character("RSSMRA85TMLA562") == 'G');
    const CodiceFiscale day_omocode = CodiceFiscale::parse("RSSMRA85TMLA562G");
    CHECK(day_omocode.sex() == 'M');
    CHECK(day_omocode.is_omocode());
    // The plain code with the omocode's check character is wrong.
    CHECK_FALSE(CodiceFiscale::is_valid("RSSMRA85T10A562H"));
}

TEST_CASE("Codice fiscale accepts lower case and surrounding blanks", "[core][codice_fiscale]") {
    const CodiceFiscale cf = CodiceFiscale::parse("  rssmra85t10a562s\t");
    CHECK(cf.str() == "RSSMRA85T10A562S");
    CHECK(cf == CodiceFiscale::parse("RSSMRA85T10A562S"));
    CHECK(CodiceFiscale::parse("RSSMRA85T10A562S") < CodiceFiscale::parse("VRDGPP13R10B293P"));
}

TEST_CASE("Codice fiscale errors say exactly what is wrong", "[core][codice_fiscale]") {
    const auto message = [](const std::string& text) -> std::string {
        try {
            CodiceFiscale::parse(text);
        } catch (const ParseError& e) {
            return e.what();
        }
        return "no error";
    };
    CHECK_THAT(message("RSSMRA85T10A562"), Contains("length 15, expected 16"));
    CHECK_THAT(message("RSSMRA85T10A562SS"), Contains("length 17, expected 16"));
    CHECK_THAT(message(""), Contains("length 0, expected 16"));
    CHECK_THAT(message("RSSMRA85Z10A562S"), Contains("position 9: 'Z' is not a month letter"));
    CHECK_THAT(message("RSSMRA85T10A562T"), Contains("check character: expected 'S', found 'T'"));
    CHECK_THAT(message("RS5MRA85T10A562S"), Contains("position 3: '5' is not a letter"));
    CHECK_THAT(message("RSSMRA8AT10A562S"), Contains("position 8: 'A' is not a digit or an omocodia letter"));
    CHECK_THAT(message("RSSMRA85T10A5W2S"), Contains("position 14: 'W'"));
    CHECK_THAT(message("RSSMRA85T10AA62S"), Contains("position 13: 'A'"));
    CHECK_THAT(message("RSSMRA85T105562S"), Contains("position 12: '5' is not a letter"));
    CHECK_THAT(message("RSSMRA85T10A5621"), Contains("position 16: '1' is not a letter"));
    CHECK_THAT(message("RSSMRA85T32A562S"), Contains("day 32 is not 01-31 or 41-71"));
    CHECK_THAT(message("RSSMRA85T00A562S"), Contains("day 0 is"));
    CHECK_THAT(message("RSSMRA85T72A562S"), Contains("day 72 is"));
    CHECK_THAT(message("RSSMRA85T35A562S"), Contains("day 35 is"));
    CHECK_THAT(message("RSSMRA85T10A562T"), Contains("'RSSMRA85T10A562T'"));
    CHECK_THROWS_AS(CodiceFiscale::parse("RSSMRA85T10A562T"), ParseError);
    CHECK_FALSE(CodiceFiscale::is_valid("RSSMRA85T10A562T"));
    CHECK_FALSE(CodiceFiscale::is_valid("RSSMRA85T10A562"));
}

// Partita IVA 0123456789-?, worked by hand:
//   odd positions  0 2 4 6 8           -> 20
//   even positions 1 3 5 7 9 doubled   -> 2, 6, 10-9=1, 14-9=5, 18-9=9 -> 23
//   total 43; check digit (10 - 3) mod 10 = 7
TEST_CASE("Partita IVA check digit", "[core][partita_iva]") {
    CHECK(PartitaIva::check_digit("0123456789") == '7');
    // 1234567890: odd 1+3+5+7+9 = 25; even 4 + 8 + 3 + 7 + 0 = 22; 47 -> (10 - 7) mod 10 = 3.
    CHECK(PartitaIva::check_digit("1234567890") == '3');
    // 9999999999: odd 45; even 5 * (18 - 9) = 45; 90 -> 0.
    CHECK(PartitaIva::check_digit("9999999999") == '0');
    const PartitaIva piva = PartitaIva::parse(" 01234567897 ");
    CHECK(piva.str() == "01234567897");
    CHECK(PartitaIva::is_valid("12345678903"));
    CHECK_THROWS_WITH(PartitaIva::check_digit("012345678"), Contains("length 9, expected 10"));
}

TEST_CASE("Partita IVA corrupted: wrong digit, swapped digits, bad length, letters", "[core][partita_iva]") {
    CHECK_THROWS_WITH(PartitaIva::parse("01234567896"), Contains("check digit: expected '7', found '6'"));
    // Two adjacent digits swapped (1 and 2): the doubling catches it.
    CHECK_FALSE(PartitaIva::is_valid("02134567897"));
    // One digit changed.
    CHECK_FALSE(PartitaIva::is_valid("01234567797"));
    CHECK_THROWS_WITH(PartitaIva::parse("0123456789"), Contains("length 10, expected 11"));
    CHECK_THROWS_WITH(PartitaIva::parse("0123456789A"), Contains("position 11: 'A' is not a digit"));
    CHECK_THROWS_WITH(PartitaIva::parse("IT01234567897"), Contains("length 13, expected 11"));
    CHECK_THROWS_AS(PartitaIva::parse(""), ParseError);
}

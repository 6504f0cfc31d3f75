#include "gradus/criteria/criteria.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::criteria;

TEST_CASE("Verification tags are the one-letter tags of the domain files", "[criteria]") {
    CHECK(to_tag(Verification::verified) == "V");
    CHECK(to_tag(Verification::secondary) == "S");
    CHECK(to_tag(Verification::code) == "C");
    CHECK(to_tag(Verification::inferred) == "I");
    CHECK(to_tag(Verification::unknown) == "N");
    CHECK(parse_verification("I") == Verification::inferred);
    CHECK_FALSE(parse_verification("v").has_value());
    CHECK_FALSE(parse_verification("").has_value());
}

TEST_CASE("Tie-breaks have Italian names that parse back", "[criteria]") {
    CHECK(to_string(TieBreak::younger_first) == "piu_giovane");
    CHECK(to_string(TieBreak::older_first) == "piu_anziano");
    CHECK(to_string(TieBreak::more_dependants) == "piu_carichi");
    CHECK(to_string(TieBreak::more_dependant_points) == "piu_punti_carichi");
    CHECK(to_string(TieBreak::longer_unemployment) == "piu_disoccupazione");
    CHECK(to_string(TieBreak::earlier_did) == "did_anteriore");
    CHECK(to_string(TieBreak::lower_isee) == "isee_inferiore");
    CHECK(to_string(TieBreak::earlier_submission) == "presentazione_anteriore");
    CHECK(to_string(TieBreak::earlier_registration) == "iscrizione_anteriore");
    CHECK(to_string(TieBreak::higher_invalidity) == "invalidita_maggiore");
    CHECK(to_string(TieBreak::protocol) == "protocollo");
    REQUIRE(all_tie_breaks().size() == 11);
    for (const TieBreak t : all_tie_breaks()) {
        CHECK(parse_tie_break(to_string(t)) == t);
    }
    CHECK_FALSE(parse_tie_break("younger_first").has_value());
    CHECK_FALSE(parse_tie_break("Piu_Giovane").has_value());
}

TEST_CASE("Reference dates and directions have the names of the criteria files", "[criteria]") {
    CHECK(to_string(ReferenceDate::publication) == "pubblicazione");
    CHECK(to_string(ReferenceDate::applications_open) == "apertura");
    CHECK(to_string(ReferenceDate::applications_close) == "chiusura");
    CHECK(to_string(ReferenceDate::submission) == "presentazione");
    CHECK(to_string(ReferenceDate::ranking) == "graduatoria");
    CHECK(parse_reference_date("chiusura") == ReferenceDate::applications_close);
    CHECK_FALSE(parse_reference_date("publication").has_value());
    CHECK(to_string(Direction::higher_first) == "piu_alto_primo");
    CHECK(to_string(Direction::lower_first) == "piu_basso_primo");
    CHECK(parse_direction("piu_basso_primo") == Direction::lower_first);
    CHECK_FALSE(parse_direction("descending").has_value());
}

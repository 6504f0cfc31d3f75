#include "gradus/criteria/validation.hpp"
#include "sample_criteria.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::criteria;
using gradus::test::points;
using gradus::test::sample_criteria;
using gradus::test::unknown;
using gradus::test::verified;

namespace {

// Whether validate() reports a problem for exactly this parameter.
bool refuses(const Criteria& c, const std::string& parameter) {
    const auto problems = validate(c);
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.parameter == parameter; });
}

}  // namespace

TEST_CASE("A version is in force from its first to its last day, both included", "[criteria]") {
    Criteria c = sample_criteria();
    c.valid_from = Date::from_ymd(2023, 9, 11);
    CHECK_FALSE(c.in_force_on(Date::from_ymd(2023, 9, 10)));
    CHECK(c.in_force_on(Date::from_ymd(2023, 9, 11)));
    CHECK(c.in_force_on(Date::from_ymd(2099, 1, 1)));
    c.valid_to = Date::from_ymd(2024, 12, 31);
    CHECK(c.in_force_on(Date::from_ymd(2024, 12, 31)));
    CHECK_FALSE(c.in_force_on(Date::from_ymd(2025, 1, 1)));
}

TEST_CASE("unknown_parameters names the unknown parameters of the components present", "[criteria]") {
    Criteria c = sample_criteria();
    CHECK(c.unknown_parameters().empty());

    c.did_bonus = DidBonusRule{unknown<Decimal>(), ReferenceDate::publication};
    c.isee->missing_points = unknown<Decimal>();
    CHECK(c.unknown_parameters() == std::vector<std::string>{"isee.missing_points", "did_bonus.points"});

    // A cap the file leaves out does not apply; one the file marks unknown is needed.
    c.isee->cap = {};
    CHECK(c.unknown_parameters() == std::vector<std::string>{"isee.missing_points", "did_bonus.points"});
    c.isee->cap = unknown<Decimal>();
    CHECK(c.unknown_parameters() ==
          std::vector<std::string>{"isee.cap", "isee.missing_points", "did_bonus.points"});
}

TEST_CASE("unknown_settings names unknown tie-breaks and riesame window apart from the scoring", "[criteria]") {
    Criteria c = sample_criteria();
    CHECK(c.unknown_settings().empty());
    c.settings["tie_breaks"] = {Verification::unknown, "S1"};
    c.tie_breaks = {TieBreak::protocol};
    c.riesame_days = unknown<int>();
    CHECK(c.unknown_settings() == std::vector<std::string>{"tie_breaks", "riesame_days"});
    CHECK(c.unknown_parameters().empty());
}

TEST_CASE("validate accepts the sample and checks status, value and source together", "[criteria]") {
    CHECK(validate(sample_criteria()).empty());

    Criteria value_with_n = sample_criteria();
    value_with_n.isee->cap.status = Verification::unknown;
    CHECK(refuses(value_with_n, "isee.cap"));

    Criteria verified_without_value = sample_criteria();
    verified_without_value.isee->missing_points.value.reset();
    CHECK(refuses(verified_without_value, "isee.missing_points"));

    Criteria undeclared_source = sample_criteria();
    undeclared_source.isee->step.source = "S7";
    CHECK(refuses(undeclared_source, "isee.step"));

    Criteria unknown_base = sample_criteria();
    unknown_base.base = unknown<Decimal>();
    CHECK(refuses(unknown_base, "base"));
}

TEST_CASE("validate checks the ranges of the ISEE rule", "[criteria]") {
    Criteria zero_step = sample_criteria();
    zero_step.isee->step = points("0");
    CHECK(refuses(zero_step, "isee.step"));

    Criteria fraction_of_cent = sample_criteria();
    fraction_of_cent.isee->step = points("999.995");
    CHECK(refuses(fraction_of_cent, "isee.step"));

    Criteria negative_cap = sample_criteria();
    negative_cap.isee->cap = points("-25");
    CHECK(refuses(negative_cap, "isee.cap"));

    Criteria allowance_without_start = sample_criteria();
    allowance_without_start.isee->form = IseeRule::Form::allowance;
    CHECK(refuses(allowance_without_start, "isee.start"));
    allowance_without_start.isee->start = points("25");
    CHECK(validate(allowance_without_start).empty());

    Criteria deduction_with_start = sample_criteria();
    deduction_with_start.isee->start = points("25");
    CHECK(refuses(deduction_with_start, "isee.start"));
}

TEST_CASE("validate wants every point value exact at the score scale", "[criteria]") {
    Criteria c = sample_criteria();
    c.did_bonus = DidBonusRule{points("2.5"), ReferenceDate::publication};
    CHECK(refuses(c, "did_bonus.points"));
    c.score_scale = 1;
    CHECK(validate(c).empty());
    // 1.50 is 1.5: the digits written do not matter, the value does.
    c.did_bonus->points = points("1.50");
    CHECK(validate(c).empty());

    c.score_scale = 5;
    CHECK(refuses(c, "score_scale"));
    c.score_scale = -1;
    CHECK(refuses(c, "score_scale"));
}

TEST_CASE("validate wants age brackets strictly ascending", "[criteria]") {
    Criteria c = sample_criteria();
    AgeRule age;
    age.brackets = verified(std::vector<AgeBracket>{{40, Decimal(2)}, {45, Decimal(4)}, {45, Decimal(6)}});
    c.age = age;
    CHECK(refuses(c, "age.brackets[2]"));
    c.age->brackets.value->back().from_age = 50;
    CHECK(validate(c).empty());
    c.age->brackets.value->clear();
    CHECK(refuses(c, "age.brackets"));
}

TEST_CASE("validate checks the dependants' threshold and its companion", "[criteria]") {
    Criteria c = sample_criteria();
    DependantRule d;
    d.points = points("1");
    d.disabled_points = points("1.5");
    d.disabled_threshold_pct = verified(65);
    c.dependants = d;
    c.score_scale = 1;
    CHECK(validate(c).empty());
    c.dependants->disabled_threshold_pct = verified(101);
    CHECK(refuses(c, "dependants.disabled_threshold_pct"));
    c.dependants->disabled_threshold_pct = {};
    CHECK(refuses(c, "dependants.disabled_threshold_pct"));
}

TEST_CASE("validate wants the protocol last, once, and alone when the tie-breaks are unknown", "[criteria]") {
    Criteria c = sample_criteria();
    c.tie_breaks = {TieBreak::younger_first};
    CHECK(refuses(c, "tie_breaks"));
    c.tie_breaks = {TieBreak::protocol, TieBreak::younger_first, TieBreak::protocol};
    CHECK(refuses(c, "tie_breaks[0]"));
    c.tie_breaks = {TieBreak::younger_first, TieBreak::younger_first, TieBreak::protocol};
    CHECK(refuses(c, "tie_breaks[1]"));
    c.tie_breaks = {TieBreak::younger_first, TieBreak::protocol};
    c.settings["tie_breaks"] = {Verification::unknown, "S1"};
    CHECK(refuses(c, "tie_breaks"));
    c.tie_breaks = {TieBreak::protocol};
    CHECK(validate(c).empty());
}

TEST_CASE("validate checks the validity period, the settings and the riesame window", "[criteria]") {
    Criteria c = sample_criteria();
    c.valid_to = Date::from_ymd(2019, 12, 31);
    CHECK(refuses(c, "valid_to"));
    c.valid_to = c.valid_from;
    CHECK(validate(c).empty());

    c.settings["age.at"] = {Verification::unknown, "S1"};
    CHECK(refuses(c, "age.at"));
    c.settings["age.at"] = {Verification::inferred, "S2"};
    CHECK(refuses(c, "age.at"));
    c.settings["age.at"] = {Verification::inferred, "S1"};
    CHECK(validate(c).empty());

    c.riesame_days = verified(0);
    CHECK(refuses(c, "riesame_days"));
}

#pragma once

// Criteria written in code for the pure tests of the criteria module: a small, valid version
// that each test changes in one place.

#include "gradus/criteria/catalogue.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>

namespace gradus::test {

template <class T>
criteria::Parameter<T> verified(T value) {
    return {std::move(value), criteria::Verification::verified, "S1"};
}

inline criteria::Parameter<Decimal> points(const char* text) { return verified(Decimal::parse(text)); }

template <class T>
criteria::Parameter<T> unknown() {
    return {std::nullopt, criteria::Verification::unknown, "S1"};
}

inline criteria::Criteria sample_criteria() {
    criteria::Criteria c;
    c.id = "sample";
    c.procedure = "art16";
    c.region_code = "08";
    c.region_name = "Emilia-Romagna";
    c.act = "sample act";
    c.valid_from = Date::from_ymd(2020, 1, 1);
    c.sources = {{"S1", "sample source", "https://example.org/"}};
    c.base = points("100");
    criteria::IseeRule isee;
    isee.step = points("1000.00");
    isee.points_per_step = points("-1");
    isee.cap = points("25");
    isee.missing_points = points("-25");
    isee.rounding = verified(Rounding::over_half);
    c.isee = isee;
    c.tie_breaks = {criteria::TieBreak::younger_first, criteria::TieBreak::protocol};
    c.riesame_days = verified(10);
    return c;
}

inline criteria::LoadedCriteria loaded(criteria::Criteria c, std::string file_name) {
    return {std::move(c), std::move(file_name), std::string(64, '0'), ""};
}

}  // namespace gradus::test

#pragma once

// Test data for the collocamento mirato ranking: criteria written in code with the numbers of
// shared/domain/l68-collocamento-mirato.md §5, and registered people with sensible defaults.

#include "gradus/cm/iscritto.hpp"
#include "gradus/core/codice_fiscale.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>

namespace gradus::test::cm {

template <class T>
criteria::Parameter<T> known(T value) {
    return {std::move(value), criteria::Verification::secondary, "T"};
}

inline criteria::Parameter<Decimal> dec(const char* text) { return known(Decimal::parse(text)); }

inline criteria::Criteria mirato_criteria(const char* base, criteria::Direction direction) {
    criteria::Criteria c;
    c.id = "test-cm";
    c.procedure = "collocamento_mirato";
    c.region_code = "01";
    c.act = "test act";
    c.valid_from = Date::from_ymd(2000, 1, 1);
    c.base = dec(base);
    c.direction = direction;
    c.tie_breaks = {criteria::TieBreak::protocol};
    return c;
}

// Piemonte DGR 7-6435/2023 (§5.3): invalidity % as points (max 100); 2 per month, more than 24
// months -> 50; ISEE 50 - 0.5 per 500 (floor, [I]), not below 0; longer registration, younger.
inline criteria::Criteria piemonte() {
    auto c = mirato_criteria("0", criteria::Direction::higher_first);
    criteria::SeniorityRule s;
    s.points_per_month = dec("2");
    s.max_months = known(24);
    s.flat_above_months = known(24);
    s.flat_points = dec("50");
    c.seniority = s;
    criteria::InvalidityRule inv;
    inv.form = criteria::InvalidityRule::Form::percentage;
    inv.points_per_pct = dec("1");
    inv.max_pct = known(100);
    c.invalidity = inv;
    criteria::IseeRule isee;
    isee.form = criteria::IseeRule::Form::allowance;
    isee.start = dec("50");
    isee.step = dec("500.00");
    isee.points_per_step = dec("-0.5");
    isee.rounding = known(Rounding::truncate);
    isee.missing_points = dec("0");
    isee.valid_at = criteria::ReferenceDate::ranking;
    c.isee = isee;
    c.score_scale = 1;
    c.tie_breaks = {criteria::TieBreak::earlier_registration, criteria::TieBreak::younger_first,
                    criteria::TieBreak::protocol};
    return c;
}

// Lecco (§5.2): 1000 + signed months from 30 April 1988, -12 per dependant, income above
// 7746.85 -> +48 then +12 per further 516.45, invalidity bands (public employers only); lower first.
inline criteria::Criteria lecco() {
    auto c = mirato_criteria("1000", criteria::Direction::lower_first);
    criteria::SeniorityRule s;
    s.points_per_month = dec("1");
    s.conventional_date = known(Date::from_ymd(1988, 4, 30));
    c.seniority = s;
    criteria::InvalidityRule inv;
    inv.form = criteria::InvalidityRule::Form::bands;
    inv.bands = known(std::vector<criteria::InvalidityBand>{
        {34, 50, Decimal(-7)}, {51, 66, Decimal(-14)}, {67, 79, Decimal(-21)}, {80, 100, Decimal(-28)}});
    inv.public_employers_only = true;
    c.invalidity = inv;
    criteria::IncomeRule inc;
    inc.threshold = dec("7746.85");
    inc.points_above = dec("48");
    inc.block = dec("516.45");
    inc.points_per_block = dec("12");
    inc.missing_points = dec("0");
    inc.max_years_back = known(1);
    c.income = inc;
    criteria::DependantRule dep;
    dep.points = dec("-12");
    dep.at = criteria::ReferenceDate::ranking;
    c.dependants = dep;
    c.tie_breaks = {criteria::TieBreak::earlier_registration, criteria::TieBreak::younger_first,
                    criteria::TieBreak::protocol};
    return c;
}

// A valid codice fiscale for person number n (distinct for distinct n).
inline std::string cf_for(int n) {
    std::string first15 = "RSSMRA80A01H" + std::to_string(100 + n % 900);
    first15 = first15.substr(0, 15);
    return first15 + CodiceFiscale::check_character(first15);
}

inline gradus::cm::Iscritto person(const std::string& number, int n = 0) {
    gradus::cm::Iscritto p;
    p.registration_number = number;
    p.codice_fiscale = cf_for(n == 0 ? std::stoi(number) : n);
    p.surname = "Rossi";
    p.name = "Mario";
    p.birth = Date::from_ymd(1980, 1, 1);
    p.registration_date = Date::from_ymd(2020, 1, 1);
    p.invalidity_pct = 67;
    p.invalidity_kind = "civile";
    return p;
}

inline gradus::cm::Isee isee(const char* value, Date attestation, Date expiry) {
    return {Decimal::parse(value), attestation, expiry, false, {}};
}

}  // namespace gradus::test::cm

#pragma once

// Test data builders for the art. 16 engine: criteria written in code with the numbers of
// shared/domain/art16-graduatorie.md, and candidatures with sensible defaults.

#include "gradus/art16/avviso.hpp"
#include "gradus/art16/candidatura.hpp"
#include "gradus/core/codice_fiscale.hpp"
#include "gradus/criteria/criteria.hpp"

#include <string>

namespace gradus::test {

template <class T>
criteria::Parameter<T> known(T value) {
    return {std::move(value), criteria::Verification::verified, "T"};
}

inline criteria::Parameter<Decimal> dec(const char* text) { return known(Decimal::parse(text)); }

inline criteria::Criteria base_criteria(const char* base, criteria::Direction direction) {
    criteria::Criteria c;
    c.id = "test";
    c.procedure = "art16";
    c.region_code = "08";
    c.act = "test act";
    c.valid_from = Date::from_ymd(2000, 1, 1);
    c.base = dec(base);
    c.direction = direction;
    c.tie_breaks = {criteria::TieBreak::protocol};
    return c;
}

// -1 per 1000 of ISEE, the part above the thousands rounded down up to 500.00 (over_half), cap 25,
// missing -25: the ISEE rule Emilia-Romagna (S5) and Campania (S6) share.
inline criteria::IseeRule isee_per_thousand() {
    criteria::IseeRule isee;
    isee.step = dec("1000.00");
    isee.points_per_step = dec("-1");
    isee.cap = dec("25");
    isee.missing_points = dec("-25");
    isee.rounding = known(Rounding::over_half);
    return isee;
}

// Emilia-Romagna (S5): base 100, -1 per 1000 of ISEE rounded over half, cap 25, missing -25,
// +5 for a DID before publication, age +2/+4/+6 from 40/45/50 for the unemployed, younger first.
inline criteria::Criteria emilia_romagna() {
    auto c = base_criteria("100", criteria::Direction::higher_first);
    c.isee = isee_per_thousand();
    c.did_bonus = criteria::DidBonusRule{dec("5"), criteria::ReferenceDate::publication};
    criteria::AgeRule age;
    age.brackets = known(std::vector<criteria::AgeBracket>{{40, Decimal(2)}, {45, Decimal(4)}, {50, Decimal(6)}});
    age.only_with_did = true;
    c.age = age;
    c.tie_breaks = {criteria::TieBreak::younger_first, criteria::TieBreak::protocol};
    return c;
}

// Veneto DGR 1219/2021 (S26): base 1000, -1 per 100 of ISEE rounded to the nearest hundred, cap 400.
inline criteria::Criteria veneto() {
    auto c = base_criteria("1000", criteria::Direction::higher_first);
    criteria::IseeRule isee;
    isee.step = dec("100.00");
    isee.points_per_step = dec("-1");
    isee.cap = dec("400");
    isee.missing_points = dec("-400");
    isee.rounding = known(Rounding::half_up);
    c.isee = isee;
    return c;
}

// Campania (S6): base 100, ISEE as ER, +0.1 per month of unemployment up to 60 months, +1 per
// dependant or +1.5 above 65 % invalidity; younger, more dependant points, longer unemployment.
inline criteria::Criteria campania() {
    auto c = base_criteria("100", criteria::Direction::higher_first);
    c.score_scale = 1;
    c.isee = isee_per_thousand();
    criteria::UnemploymentRule u;
    u.points_per_month = dec("0.1");
    u.max_months = known(60);
    c.unemployment = u;
    criteria::DependantRule d;
    d.points = dec("1");
    d.disabled_points = dec("1.5");
    d.disabled_threshold_pct = known(65);
    c.dependants = d;
    c.tie_breaks = {criteria::TieBreak::younger_first, criteria::TieBreak::more_dependant_points,
                    criteria::TieBreak::longer_unemployment, criteria::TieBreak::protocol};
    return c;
}

// The national Tabella (DPR 487/1994, S1): base 1000, lower is better, -12 per dependant,
// -1 per month of seniority up to 60 months (DL 301/1996).
inline criteria::Criteria tabella_nazionale() {
    auto c = base_criteria("1000", criteria::Direction::lower_first);
    criteria::UnemploymentRule u;
    u.points_per_month = dec("-1");
    u.max_months = known(60);
    c.unemployment = u;
    criteria::DependantRule d;
    d.points = dec("-12");
    c.dependants = d;
    return c;
}

inline art16::Avviso avviso() {
    art16::Avviso a;
    a.id = "AVV-TEST";
    a.body_name = "Comune di Prova";
    a.body_codice_fiscale = "00000000000";
    a.region_code = "08";
    a.profile_code = "8.1.4.2.0";
    a.profile_description = "Addetti ai servizi di pulizia";
    a.posts = 2;
    a.publication = Date::from_ymd(2026, 3, 2);
    a.applications_open = Date::from_ymd(2026, 3, 9);
    a.applications_close = Date::from_ymd(2026, 3, 23);
    a.ranking_date = Date::from_ymd(2026, 3, 23);
    return a;
}

// A valid codice fiscale for a test person number `n` (distinct for n < 1000).
inline std::string codice_fiscale(int n) {
    std::string first15 = "RSSMRA85T10A";
    const std::string digits = std::to_string(100 + n % 900);
    first15 += digits;
    return first15 + CodiceFiscale::check_character(first15);
}

inline art16::Candidatura candidatura(int n) {
    art16::Candidatura c;
    char protocol[16];
    std::snprintf(protocol, sizeof protocol, "%06d", n);
    c.protocol = protocol;
    c.submitted_at = "2026-03-10T09:00:00";
    c.submission_date = Date::from_ymd(2026, 3, 10);
    c.codice_fiscale = codice_fiscale(n);
    c.surname = "Rossi";
    c.name = "Mario " + std::to_string(n);
    c.birth = Date::from_ymd(1990, 5, 17);
    c.residence_belfiore = "A944";
    c.scuola_obbligo = true;
    c.general_requirements = true;
    c.origin = {"test.xml", static_cast<std::uint64_t>(n), 1};
    return c;
}

inline art16::Isee isee(const char* value, Date attestation = Date::from_ymd(2026, 1, 15),
                        Date expiry = Date::from_ymd(2026, 12, 31)) {
    return {Decimal::parse(value), attestation, expiry, false, {"test.xml", 1, 1}};
}

}  // namespace gradus::test

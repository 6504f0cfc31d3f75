#pragma once

// Rule sets, a project and people for the LSU tests. The rule sets mirror criteria/lsu/*.xml
// (shipped_rules_test.cpp checks that the files say the same).

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/lsu/verification.hpp"

#include <string>

namespace gradus::lsu::test {

template <class T>
Rule<T> rule(T value, std::string article, Verification status = Verification::verified) {
    return Rule<T>{criteria::Parameter<T>{std::move(value), status, "T"}, std::move(article)};
}

template <class T>
Rule<T> unknown_rule(std::string article) {
    return Rule<T>{criteria::Parameter<T>{std::nullopt, Verification::unknown, "T"}, std::move(article)};
}

inline Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

inline ServiceCode c06() { return {"L", rule<std::string>("C06", "DM 4/2018 All. B, LEP L)")}; }

inline RuleSet art26() {
    RuleSet r;
    r.id = "lsu-art26";
    r.regime = Regime::art26_150_2015;
    r.valid_from = day(2015, 9, 24);
    const std::string c1 = "D.Lgs. 150/2015 art. 26 c. 1";
    r.status.admitted = rule<std::vector<BenefitKind>>(
        {BenefitKind::cig, BenefitKind::cigs, BenefitKind::fondo_solidarieta, BenefitKind::mobilita_indennita}, c1);
    r.status.within_employment = rule(true, c1);
    r.residence = rule(ResidenceArea::comune, c1);
    r.qualifica = rule(true, "DM 4/2018 All. B, LEP L)");
    r.hours.proportional = rule(true, "D.Lgs. 150/2015 art. 26 c. 4");
    r.over60 = Over60Rule{rule(60, "D.Lgs. 150/2015 art. 26 c. 5", Verification::inferred),
                          unknown_rule<Decimal>("D.Lgs. 150/2015 art. 26 c. 5")};
    r.durations.push_back({"", unknown_rule<int>("D.Lgs. 150/2015 art. 26 c. 2"),
                           unknown_rule<int>("D.Lgs. 150/2015 art. 26 c. 2"),
                           unknown_rule<int>("D.Lgs. 150/2015 art. 26 c. 2")});
    r.service = c06();
    return r;
}

inline RuleSet art7_468() {
    RuleSet r;
    r.id = "lsu-art7-468";
    r.regime = Regime::art7_468_1997;
    r.valid_from = day(1998, 1, 23);
    const std::string a7 = "D.Lgs. 468/1997 art. 7 c. 1";
    r.status.admitted = rule<std::vector<BenefitKind>>(
        {BenefitKind::mobilita_indennita, BenefitKind::disoccupazione_speciale, BenefitKind::cigs},
        "D.Lgs. 468/1997 art. 4 c. 1 lett. c)-d)");
    r.status.cigs_zero_hours = rule(true, "D.Lgs. 468/1997 art. 4 c. 1 lett. d)");
    r.residence = rule(ResidenceArea::comune_or_cpi_area, a7);
    r.qualifica = rule(true, a7);
    r.residual_longer_than_project = rule(true, a7);
    r.hours.proportional = rule(true, "D.Lgs. 468/1997 art. 8 c. 2");
    r.hours.min_weekly = rule(Decimal(20), "D.Lgs. 468/1997 art. 8 c. 2");
    r.hours.max_daily = rule(Decimal(8), "D.Lgs. 468/1997 art. 8 c. 2");
    const std::string a1 = "D.Lgs. 468/1997 art. 1 c. 2";
    r.durations.push_back({"a", rule(12, a1), rule(2, a1), rule(6, a1)});
    r.durations.push_back({"c", rule(6, a1), rule(1, a1), rule(6, a1)});
    r.durations.push_back({"", unknown_rule<int>(a7), unknown_rule<int>(a7), unknown_rule<int>(a7)});
    r.priority = rule<std::vector<PriorityKey>>({PriorityKey::residents_first, PriorityKey::longest_residual}, a7);
    r.service = c06();
    return r;
}

inline RuleSet lsu81() {
    RuleSet r;
    r.id = "lsu-81-2000";
    r.regime = Regime::lsu_81_2000;
    r.valid_from = day(2000, 5, 1);
    const std::string a4 = "D.Lgs. 81/2000 art. 4 c. 1";
    r.status.admitted = rule<std::vector<BenefitKind>>({BenefitKind::assegno_utilizzo}, a4, Verification::inferred);
    r.residence = unknown_rule<ResidenceArea>("D.Lgs. 81/2000");
    r.qualifica = rule(true, "DM 4/2018 All. B, LEP L)");
    r.hours.max_weekly = rule(Decimal(20), a4);
    r.hours.max_daily = rule(Decimal(8), a4);
    const std::string c2 = "D.Lgs. 81/2000 art. 4 c. 2";
    r.durations.push_back({"", rule(6, c2), rule(1, c2), rule(6, c2)});
    r.service = c06();
    return r;
}

// Forlì (D704); its CPI area also holds Forlimpopoli (D705) and Bertinoro (A809).
inline Project project(Regime regime) {
    Project p;
    p.id = "P-1";
    p.body_name = "Comune di Forlì";
    p.body_codice_fiscale = "00606620409";
    p.regime = regime;
    p.comune = "D704";
    p.cpi_area = {"D704", "D705", "A809"};
    p.mansioni = {{"8.1.4.2.0", "Addetti ai servizi di pulizia"}};
    p.start = day(2026, 3, 2);
    p.end = day(2026, 8, 31);
    p.weekly_hours = Decimal(20);
    p.daily_hours = Decimal(4);
    p.comparable_net_pay = Decimal::parse("1500.00");
    p.comparable_weekly_hours = Decimal(36);
    return p;
}

// A valid codice fiscale for `letters` (6 letters), a man born on `birth` in Forlì.
inline std::string cf(const std::string& letters, const Date& birth) {
    constexpr std::string_view months = "ABCDEHLMPRST";
    char body[16];
    std::snprintf(body, sizeof body, "%s%02d%c%02uD704", letters.c_str(), birth.year() % 100,
                  months[birth.month() - 1], birth.day());
    const std::string first15(body, 15);
    return first15 + CodiceFiscale::check_character(first15);
}

inline Candidate person(const std::string& letters, const std::string& residence = "D704",
                        Date birth = Date::from_ymd(1975, 5, 10)) {
    Candidate c;
    c.codice_fiscale = cf(letters, birth);
    c.surname = letters.substr(0, 3);
    c.name = letters.substr(3, 3);
    c.birth = birth;
    c.residence = residence;
    c.qualifica = "8.1.4.2.0";
    return c;
}

inline BenefitRecord benefit(const Candidate& c, BenefitKind kind, Date start, std::optional<Date> end,
                             const char* amount = "1000.00", std::string id = "BDP-1") {
    BenefitRecord b;
    b.id = std::move(id);
    b.codice_fiscale = c.codice_fiscale;
    b.kind = kind;
    b.start = start;
    b.end = end;
    b.monthly_amount = Decimal::parse(amount);
    return b;
}

inline EmploymentRecord employment(const Candidate& c, Date start, std::optional<Date> end,
                                   std::vector<CigsPeriod> cigs = {}, std::string id = "CO-1") {
    EmploymentRecord e;
    e.id = std::move(id);
    e.codice_fiscale = c.codice_fiscale;
    e.employer_codice_fiscale = "01234560401";
    e.employer_name = "Manifattura Srl";
    e.start = start;
    e.end = end;
    e.cigs = std::move(cigs);
    return e;
}

inline const CandidateResult& result_of(const ProjectVerification& v, const Records& r, const Candidate& c) {
    for (const auto& res : v.results) {
        if (r.candidates[res.candidate].codice_fiscale == c.codice_fiscale) return res;
    }
    throw std::logic_error("no result for " + c.codice_fiscale);
}

inline const Check* check_of(const CandidateResult& r, Requirement req) {
    for (const auto& c : r.checks) {
        if (c.requirement == req) return &c;
    }
    return nullptr;
}

inline CompatibilityTable table() { return {"test", {{"8.1.4", "8.1.4"}, {"5.4.3", "8.1.4"}}}; }

}  // namespace gradus::lsu::test

#pragma once

#include "gradus/l68/assessment.hpp"
#include "gradus/l68/prospetto.hpp"
#include "gradus/l68/reference_data.hpp"

#include <string>

namespace gradus::l68::test {

inline WeeklyMinutes hours(std::int64_t h, std::int64_t m = 0) { return WeeklyMinutes{h * 60 + m}; }

inline PartTimeGroup part_time(std::int64_t n, std::int64_t pt_hours, std::int64_t contractual_hours = 40) {
    return PartTimeGroup{n, hours(contractual_hours), hours(pt_hours)};
}

inline ProvincialDetail province(const std::string& code, std::int64_t employees) {
    ProvincialDetail d;
    d.provincia = code;
    d.employees = employees;
    return d;
}

// 0001 dirigenti (both bases), 0002 apprendisti (both), 0102 cantiere (art. 3 only), 9001 (art. 18 only).
inline ExcludedCategories categories() {
    return ExcludedCategories::parse("codice;ambito;descrizione;fonte;stato\n"
                                     "0001;E;Dirigenti;test;[S]\n"
                                     "0002;E;Apprendisti;test;[S]\n"
                                     "0003;E;Termine fino a 6 mesi;test;[S]\n"
                                     "0102;D;Cantiere;test;[S]\n"
                                     "9001;C;Solo art. 18;test;[I]\n",
                                     "test-categories");
}

inline Amounts amounts() {
    return Amounts::parse("voce;dal;al;importo;atto;stato\n"
                          "contributo_esonerativo;2008-01-01;2021-12-31;30.64;DM 21/12/2007;[S]\n"
                          "contributo_esonerativo;2022-01-01;;39.21;DM 193/2021;[S]\n"
                          "multiplo_sanzione_scopertura;2015-09-24;;5;art. 15 c. 4;[I]\n"
                          "sanzione_ritardo_base;2022-01-01;;702.43;DM 194/2021;[S]\n"
                          "sanzione_ritardo_giorno;2022-01-01;;34.02;DM 194/2021;[S]\n",
                          "test-amounts");
}

// A prospetto of one province sent on 20/01/2025 for 31/12/2024, sede legale in Rome (H501).
inline Prospetto roman_prospetto(ProvincialDetail d) {
    Prospetto p;
    p.reference_date = Date::from_ymd(2024, 12, 31);
    p.data_invio_day = Date::from_ymd(2025, 1, 20);
    p.comune_sede_legale = "H501";
    p.provinces = {std::move(d)};
    return p;
}

// The categories and amounts above, Rome in province 058, the national holidays.
inline ReferenceData reference_data() {
    return ReferenceData{categories(), amounts(), Comuni::parse("h\nH501;058;RM;Roma\n", "c"), HolidayCalendar::national()};
}

}  // namespace gradus::l68::test

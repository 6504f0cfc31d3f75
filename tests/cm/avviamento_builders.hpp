#pragma once

// A small graduatoria and requests for the avviamento tests; every expected result is worked
// out by hand in the tests' comments.

#include "gradus/cm/avviamento.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gradus::cm::avviamento_test {

inline std::filesystem::path source_dir() { return GRADUS_SOURCE_DIR; }

inline std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

// The 60 days of art. 9 c. 1 as the shipped data file states them.
inline AvviamentoTerms shipped_terms() {
    return AvviamentoTerms::parse(bytes_of(source_dir() / "data/l68/avviamento-termini.csv"), "avviamento-termini.csv");
}

inline AvviamentoCandidate person(std::int64_t position, std::string registration, std::string codice_fiscale,
                                  std::vector<std::string> qualifiche) {
    AvviamentoCandidate c;
    c.position = position;
    c.registration = std::move(registration);
    c.codice_fiscale = std::move(codice_fiscale);
    c.surname = "Cognome" + std::to_string(position);
    c.name = "Nome" + std::to_string(position);
    c.qualifiche = std::move(qualifiche);
    c.residence = "H501";
    return c;
}

// Seven people, each (but the last two) failing one check for a cleaning request:
//  1 A night shifts contraindicated   2 B other qualifica       3 C the group 8.1.4, no licence
//  4 D already placed elsewhere        5 E on the art. 18 list (not in this graduatoria)  6 F exact qualifica
//  7 G exact qualifica
inline std::vector<AvviamentoCandidate> graduatoria() {
    const std::string cleaning = "8.1.4.2.0.1";
    std::vector<AvviamentoCandidate> g;
    g.push_back(person(1, "CM-0001", "RSSMRA80A01H501U", {cleaning}));
    g.back().contraindications = {Condizione::turni_notturni};
    g.back().driving_licence = true;
    g.push_back(person(2, "CM-0002", "BNCLRA85M41H501Z", {"5.1.2.2.0.1"}));
    g.push_back(person(3, "CM-0003", "VRDGPP75C12H501H", {"8.1.4"}));
    g.push_back(person(4, "CM-0004", "NRIFBA90E15H501V", {cleaning}));
    g.back().already_placed = true;
    g.push_back(person(5, "CM-0005", "GLLSRA88T50H501T", {cleaning}));
    g.back().lista = Lista::categorie_protette;
    g.push_back(person(6, "CM-0006", "MRNLCU70B10H501A", {cleaning}));
    g.back().driving_licence = true;
    g.push_back(person(7, "CM-0007", "CSTNNA92H55H501S", {cleaning, "4.1.1.2.0.1"}));
    g.back().driving_licence = true;
    return g;
}

// A private employer's nominativa request for 2 cleaners with night shifts; the obligation arose
// on 10/1/2025, so the 60 days end on 11/3/2025 (21 days of January + 28 of February + 11).
inline Richiesta cleaning_request() {
    Richiesta r;
    r.id = "R-1";
    r.employer_code = "01234567897";
    r.employer_name = "Pulizie Tiberine srl";
    r.employer_kind = EmployerKind::privato;
    r.qualifica_code = "8.1.4.2.0.1";
    r.qualifica_description = "Addetto alle pulizie";
    r.posts = 2;
    r.comune = "H501";
    r.modalita = Modalita::nominativa;
    r.obligation_date = day(2025, 1, 10);
    r.request_date = day(2025, 1, 15);
    r.conditions = {Condizione::turni_notturni};
    return r;
}

inline AvviamentoResult propose_one(const Richiesta& r, const std::vector<AvviamentoCandidate>& g, const Date& as_of) {
    std::vector<std::string> taken;
    return propose_avviamento(r, 0, g, as_of, shipped_terms(), taken);
}

inline std::vector<std::string> registrations(const std::vector<AvviamentoCandidate>& g, const AvviamentoResult& r) {
    std::vector<std::string> out;
    for (const Proposta& p : r.proposed) out.push_back(g[p.candidate].registration);
    return out;
}

}  // namespace gradus::cm::avviamento_test

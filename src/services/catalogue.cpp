#include "gradus/services/catalogue.hpp"

#include <algorithm>
#include <set>

namespace gradus::services {

namespace {

constexpr std::string_view letters = "ABCDEFGHIJKLMNOPQRS";
// DM 4/2018 Allegato B: P-S are "prestazioni rivolte alle imprese".
constexpr char first_firm_letter = 'P';

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool valid_sap_code(std::string_view code) {
    return code.size() == 3 && is_upper(code[0]) && is_digit(code[1]) && is_digit(code[2]);
}

bool valid_service_id(char letter, std::string_view id) {
    return (id.size() == 1 && id[0] == letter) || (id.size() == 2 && id[0] == letter && is_digit(id[1]));
}

void check_service(const Catalogue& catalogue, const Lep& lep, const Service& s, std::vector<std::string>& problems) {
    const std::string where = "LEP " + std::string(1, lep.letter) + ", service " + s.id + ": ";
    if (!valid_service_id(lep.letter, s.id)) {
        problems.push_back(where + "the id must be the letter, or the letter and a digit");
    }
    if (!s.refers_to.empty() && catalogue.service(s.refers_to) == nullptr) {
        problems.push_back(where + "refers to unknown service " + s.refers_to);
    }
    const bool has_codes = !s.sap_codes.empty() || !s.co_outcomes.empty();
    if (has_codes != (s.sap_listing == SapListing::listed)) {
        problems.push_back(where + "SAP codes are given exactly when the listing is 'elencati'");
    }
    for (const TipoAttivita& t : s.sap_codes) {
        if (!valid_sap_code(t.code)) {
            problems.push_back(where + "'" + t.code + "' is not a SAP tipo attivita (letter and two digits)");
        }
    }
}

}  // namespace

std::string_view to_string(Recipient r) { return r == Recipient::person ? "persona" : "impresa"; }

Catalogue::Catalogue(std::string id, std::vector<Lep> leps) : m_id(std::move(id)), m_leps(std::move(leps)) {}

const Lep* Catalogue::lep(char letter) const {
    const auto it = std::find_if(m_leps.begin(), m_leps.end(), [letter](const Lep& l) { return l.letter == letter; });
    return it == m_leps.end() ? nullptr : &*it;
}

const Service* Catalogue::service(std::string_view id) const {
    for (const Lep& l : m_leps) {
        for (const Service& s : l.services) {
            if (s.id == id) {
                return &s;
            }
        }
    }
    return nullptr;
}

const Lep* Catalogue::lep_of(std::string_view service_id) const {
    return service(service_id) == nullptr ? nullptr : lep(service_id.front());
}

bool Catalogue::lists(std::string_view service_id, std::string_view sap_code) const {
    const Service* s = service(service_id);
    return s != nullptr && std::any_of(s->sap_codes.begin(), s->sap_codes.end(),
                                       [sap_code](const TipoAttivita& t) { return t.code == sap_code; });
}

std::vector<std::string> Catalogue::sap_codes() const {
    std::set<std::string> codes;
    for (const Lep& l : m_leps) {
        for (const Service& s : l.services) {
            for (const TipoAttivita& t : s.sap_codes) {
                codes.insert(t.code);
            }
        }
    }
    return {codes.begin(), codes.end()};
}

std::vector<std::string> check_catalogue(const Catalogue& catalogue) {
    std::vector<std::string> problems;
    std::string seen;
    std::set<std::string> ids;
    for (const Lep& l : catalogue.leps()) {
        seen += l.letter;
        const Recipient expected = l.letter < first_firm_letter ? Recipient::person : Recipient::firm;
        if (l.recipient != expected) {
            problems.push_back("LEP " + std::string(1, l.letter) + ": the recipient must be " +
                               std::string(to_string(expected)));
        }
        if (l.services.empty()) {
            problems.push_back("LEP " + std::string(1, l.letter) + ": no service");
        }
        for (const Service& s : l.services) {
            if (!ids.insert(s.id).second) {
                problems.push_back("service " + s.id + " appears twice");
            }
            check_service(catalogue, l, s, problems);
        }
    }
    if (seen != letters) {
        problems.push_back("the LEP letters are '" + seen + "', expected each of " + std::string(letters) +
                           " once, in order");
    }
    return problems;
}

}  // namespace gradus::services

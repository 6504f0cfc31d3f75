#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::services {

// The LEP catalogue of DM 4/2018 Allegato B: letters A-O for persons, P-S for firms, each with
// one service (id = the letter) or several sub-services (F1-F3, M1-M6).
enum class Recipient { person, firm };
std::string_view to_string(Recipient r);  // "persona", "impresa"

// What the Allegato says about a service's SAP codes.
enum class SapListing {
    listed,     // one or more codes (and/or the CO that records the outcome)
    to_define,  // "Da definire"
    absent,     // the cell is empty: no code is known and none is invented
};

// A SAP section-6 tipo attività, e.g. A02, C06.
struct TipoAttivita {
    std::string code;
    std::string description;    // as the Allegato gives it, often empty
    std::string seed_spelling;  // when the seed spells the code otherwise ("CO6"), else empty
};

struct Service {
    std::string id;         // "A", "F1", "M5"
    std::string title;      // the sub-service's own title; empty for a single-service LEP
    std::string refers_to;  // "C" when the Allegato says "si rimanda alla prestazione C)"
    std::vector<std::string> legal_references;  // the service's own, besides the LEP's
    std::vector<std::string> activities;
    std::string description;
    std::string output;
    std::string outcome;
    SapListing sap_listing = SapListing::absent;
    std::vector<TipoAttivita> sap_codes;
    std::vector<std::string> co_outcomes;  // "rapporto di lavoro", "azienda": a CO records the outcome
};

struct Lep {
    char letter = 'A';
    std::string title;
    Recipient recipient = Recipient::person;
    std::vector<std::string> legal_references;
    std::vector<Service> services;
};

class Catalogue {
public:
    Catalogue() = default;
    Catalogue(std::string id, std::vector<Lep> leps);

    const std::string& id() const { return m_id; }
    const std::vector<Lep>& leps() const { return m_leps; }
    const Lep* lep(char letter) const;
    const Service* service(std::string_view id) const;  // "A", "F1"; nullptr when unknown
    const Lep* lep_of(std::string_view service_id) const;
    // The code is one the catalogue lists for that service.
    bool lists(std::string_view service_id, std::string_view sap_code) const;
    std::vector<std::string> sap_codes() const;  // every listed code once, sorted

private:
    std::string m_id;
    std::vector<Lep> m_leps;
};

// What a catalogue must satisfy: every letter A-S exactly once, in order, A-O for persons and
// P-S for firms; service ids unique, equal to the letter or the letter and a digit; references to
// known services; codes of the form A00; codes exactly when listed. One message per problem.
std::vector<std::string> check_catalogue(const Catalogue& catalogue);

}  // namespace gradus::services

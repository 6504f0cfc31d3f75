#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/core/errors.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::cm {

// The two lists of the collocamento mirato (L. 68/1999 art. 8): disabled people (art. 1) and the
// protected categories (art. 18 c. 2). Each has its own graduatoria.
enum class Lista { disabili, categorie_protette };
std::string_view to_string(Lista l);  // "disabili", "art18"
std::optional<Lista> parse_lista(std::string_view name);

struct Isee {
    Decimal value;          // euro with cents
    Date attestation;       // data di rilascio
    Date expiry;            // valid up to and including this day
    bool omissions = false; // omissioni o difformita
    SourcePosition origin;
};

// Personal gross income of one tax year (Lecco: excluding the household and compensation for the
// loss of capacity).
struct Reddito {
    Decimal amount;  // euro with cents
    int year = 0;
    SourcePosition origin;
};

struct Familiare {
    std::string relationship;  // coniuge, figlio, fratello, genitore, altro
    Date birth;
    int invalidity_pct = 0;    // 0..100
};

// The functional notes for placement (scheda / relazione conclusiva, DPCM 13.1.2000).
struct NoteFunzionali {
    std::vector<std::string> capacities;         // codes, e.g. "lavoro_sedentario"
    std::vector<std::string> contraindications;  // codes, e.g. "carichi_pesanti"
    bool locomotion_difficulty = false;
    std::vector<std::string> driving_licences;   // "B", "C", ...
    std::string text;                            // free notes for the operator
};

// One person registered in a collocamento mirato list (L. 68/1999 art. 8).
struct Iscritto {
    std::string registration_number;  // numero di iscrizione: the public key of the lists
    std::string codice_fiscale;       // uppercased; validity is checked when ranking
    std::string surname;
    std::string name;
    char sex = 'M';
    Date birth;
    std::string residence_belfiore;
    Lista lista = Lista::disabili;
    Date registration_date;           // data di iscrizione (or re-registration)
    int invalidity_pct = 0;           // 0..100 (0 for the protected categories without one)
    std::string invalidity_kind;      // "civile", "lavoro", "guerra", "servizio"; empty when none
    bool psychic_intellectual = false;
    std::optional<Reddito> income;
    std::optional<Isee> isee;
    std::vector<Familiare> dependants;
    std::optional<std::string> status;  // occupational status: "disoccupato", "inoccupato", "occupato"
    std::optional<Date> did_date;
    NoteFunzionali functional;
    std::vector<std::string> qualifiche;  // the qualifiche the person is available for
    std::optional<Date> placed_on;        // already placed (avviato) on this day
    SourcePosition origin;                // file and line of the <iscritto> element
};

// One application to a call (chiamata / avviso pubblico per avviamento), naming the person by
// registration number or codice fiscale.
struct Adesione {
    std::string person;  // registration number or codice fiscale as given
    Date date;
    SourcePosition origin;
};

// A call with the people who applied to it (per-call graduatoria, Piemonte DGR 7-6435/2023).
struct Chiamata {
    std::string id;
    Date publication;
    std::vector<Adesione> applications;
};

}  // namespace gradus::cm

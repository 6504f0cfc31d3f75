#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/fixed_text.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gradus::art16 {

struct Isee {
    Decimal value;                 // euro with cents
    Date attestation;              // data di rilascio
    Date expiry;                   // valid up to and including this day
    bool omissions = false;        // omissioni o difformita
    SourcePosition origin;
};

struct Dependant {
    std::string relationship;      // coniuge, figlio, fratello, genitore, altro
    Date birth;
    int invalidity_pct = 0;        // 0..100
};

// What riesame decisions changed about one candidatura (see rettifica.hpp): exclusion reasons the
// body found unfounded, an exclusion it decided, and one sentence per decision for the explanation.
struct RiesameDecisions {
    std::vector<std::string> waived_exclusions;  // reason codes, e.g. "scuola_obbligo"
    std::optional<std::string> exclusion;        // the decision's reason
    std::vector<std::string> notes;
};

// One person's application to one avviso.
struct Candidatura {
    std::string protocol;          // protocol number as given (digits, compared numerically when possible)
    FixedText<19> submitted_at;    // ISO timestamp "YYYY-MM-DDThh:mm:ss" as given (the schema's form)
    Date submission_date;          // the date part of submitted_at
    FixedText<16> codice_fiscale;  // as given (the schema's 16 characters), uppercased; validity is an eligibility check
    std::string surname;
    std::string name;
    char sex = 'M';
    Date birth;
    std::string residence_belfiore;
    std::optional<Date> did_date;
    std::optional<std::string> status;  // occupational status code: "disoccupato", "inoccupato", "occupato", ...
    std::optional<Isee> isee;
    std::vector<Dependant> dependants;
    bool scuola_obbligo = false;
    bool general_requirements = false;
    std::vector<std::string> reserve_claims;   // kinds of ReservedPosts claimed
    std::vector<std::string> flags;            // other declarations, e.g. "familiare_deceduto_lavoro"
    std::optional<int> unemployment_months;    // when the regional system supplies them
    SourcePosition origin;                     // file and line of the <candidatura> element
    // What a riesame decided about this candidatura; null when nothing was, as for almost everyone,
    // so a national graduatoria does not carry an empty record per person. Shared, never changed:
    // a new decision replaces it with a changed copy.
    std::shared_ptr<const RiesameDecisions> riesame;
};

}  // namespace gradus::art16

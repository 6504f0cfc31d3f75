#pragma once

#include "gradus/cm/iscritto.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/core/explanation.hpp"
#include "gradus/criteria/criteria.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gradus::cm {

// One term of a score: "base", "anzianita", "invalidita", "reddito", "isee", "carichi".
struct ScoreComponent {
    std::string id;
    Decimal points;
};

struct RankedIscritto {
    std::size_t iscritto = 0;  // index into Graduatoria::iscritti
    Lista lista = Lista::disabili;
    int position = 0;          // 1-based within its list
    Decimal score;             // at the criteria's score scale
    std::vector<ScoreComponent> components;
    // Which key placed this person after the previous one of the list: "punteggio", a tie-break
    // name; empty for the first.
    std::string decided_by;
    Explanation explanation;  // empty unless Graduatoria::trails_kept: read it with explanation_of()
    // Call mode: the application that brought this person in (index into Chiamata::applications).
    std::optional<std::size_t> application;
};

struct Exclusion {
    std::size_t iscritto = 0;  // index into Graduatoria::iscritti
    std::string reason_code;   // "iscrizione_successiva", "gia_avviato", "duplicato", "codice_fiscale", "non_aderente"
    std::string reason;        // plain Italian sentence
};

// An application naming nobody in the lists, or naming someone a second time.
struct RefusedApplication {
    Adesione application;
    std::string reason_code;  // "non_iscritto", "adesione_duplicata"
    std::string reason;
};

enum class Mode { annual, call };
std::string_view to_string(Mode m);  // "annuale", "chiamata"

// The complete result of one collocamento mirato ranking.
struct Graduatoria {
    criteria::Criteria criteria;
    Mode mode = Mode::annual;
    Date reference_date;                 // annual: the date given; call: the call's publication
    std::optional<Chiamata> call;        // call mode
    bool public_employer = false;        // components "only for public employers" count
    std::vector<Iscritto> iscritti;      // every record read, in input order
    std::vector<RankedIscritto> ranked;  // disabili first, then art. 18; each in position order
    std::vector<Exclusion> excluded;     // in input order
    std::vector<RefusedApplication> refused_applications;  // call mode, in input order
    bool trails_kept = true;  // each RankedIscritto holds its explanation (RankOptions::keep_trails)
};

}  // namespace gradus::cm

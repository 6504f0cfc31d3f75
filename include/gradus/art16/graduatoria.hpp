#pragma once

#include "gradus/art16/avviso.hpp"
#include "gradus/art16/candidatura.hpp"
#include "gradus/core/decimal.hpp"
#include "gradus/core/explanation.hpp"
#include "gradus/criteria/criteria.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::art16 {

// The kinds of term of a candidate's score, in the order of the report columns.
enum class Component : std::uint8_t { base, isee, did, disoccupazione, eta, carichi };
inline constexpr std::array<Component, 6> all_components = {Component::base, Component::isee,
                                                            Component::did,  Component::disoccupazione,
                                                            Component::eta,  Component::carichi};
std::string_view to_string(Component c);  // "base", "isee", ...: the id in the reports

// One term of a candidate's score.
struct ScoreComponent {
    Component kind;
    Decimal points;
};

// What the ranking means for a candidate with respect to the posts of the avviso.
enum class Esito {
    posto_riservato,  // called for a reserved post (reserve_kind says which)
    posto,            // called for a general post
    idoneo,           // ranked, beyond the posts
    escluso,          // not admitted (see Exclusion)
};
std::string_view to_string(Esito e);

struct RankedCandidate {
    std::size_t candidatura = 0;        // index into Graduatoria::candidature
    int position = 0;                   // 1-based
    int group = 0;                      // index of the criteria group; groups.size() when in none
    Decimal score;                      // at the criteria's score scale
    std::vector<ScoreComponent> components;
    Esito esito = Esito::idoneo;
    std::optional<std::string> reserve_kind;
    // Which key placed this candidate after the previous one: "gruppo", "punteggio", a tie-break name
    // (criteria::to_string(TieBreak)); empty for the first.
    std::string decided_by;
    Explanation explanation;            // empty unless Graduatoria::trails_kept: read it with explanation_of()
};

struct Exclusion {
    std::size_t candidatura = 0;        // index into Graduatoria::candidature
    std::string reason_code;            // "requisiti_eta", "fuori_termine", "duplicato", "codice_fiscale", ...
    std::string reason;                 // plain Italian sentence for staff and the candidate
    Explanation explanation;
};

// The complete result of ranking one avviso.
struct Graduatoria {
    Avviso avviso;
    criteria::Criteria criteria;
    std::vector<Candidatura> candidature;  // every admissible record read, in input order
    std::vector<RankedCandidate> ranked;   // in position order
    std::vector<Exclusion> excluded;       // in input order
    int posts_reserved_filled = 0;
    int posts_returned_to_general = 0;     // reserved posts nobody could fill
    bool trails_kept = true;               // each RankedCandidate holds its explanation (RankOptions::keep_trails)
};

}  // namespace gradus::art16

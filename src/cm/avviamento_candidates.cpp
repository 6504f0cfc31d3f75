#include "gradus/cm/avviamento_candidates.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace gradus::cm {
namespace {

// Codes of the functional notes (docs/mirato.md) that name a condition of the post under
// another word; the others are read as the condition of the same name.
constexpr std::array<std::pair<std::string_view, Condizione>, 3> contraindication_aliases{{
    {"carichi_pesanti", Condizione::movimentazione_carichi},
    {"esposizione_polveri", Condizione::agenti_nocivi},
    {"posture_fisse", Condizione::stazione_eretta},
}};

std::optional<Condizione> condition_of(std::string_view code) {
    for (const auto& [alias, condition] : contraindication_aliases) {
        if (alias == code) return condition;
    }
    try {
        return parse_condizione(code);
    } catch (const ParseError&) {
        return std::nullopt;
    }
}

void add_condition(std::vector<Condizione>& to, Condizione c) {
    if (std::find(to.begin(), to.end(), c) == to.end()) to.push_back(c);
}

}  // namespace

std::vector<AvviamentoCandidate> avviamento_candidates(const Graduatoria& g, const Date& as_of) {
    std::vector<AvviamentoCandidate> out;
    out.reserve(g.ranked.size());
    for (const RankedIscritto& r : g.ranked) {
        const Iscritto& p = g.iscritti[r.iscritto];
        AvviamentoCandidate c;
        c.registration = p.registration_number;
        c.codice_fiscale = p.codice_fiscale;
        c.surname = p.surname;
        c.name = p.name;
        c.position = r.position;
        c.lista = r.lista;
        c.qualifiche = p.qualifiche;
        for (const std::string& code : p.functional.contraindications) {
            if (const auto condition = condition_of(code)) {
                add_condition(c.contraindications, *condition);
            } else {
                c.unmatched_contraindications.push_back(code);
            }
        }
        if (p.functional.locomotion_difficulty) add_condition(c.contraindications, Condizione::barriere_architettoniche);
        std::sort(c.contraindications.begin(), c.contraindications.end());
        c.driving_licence = !p.functional.driving_licences.empty();
        c.residence = p.residence_belfiore;
        c.already_placed = p.placed_on && *p.placed_on <= as_of;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace gradus::cm

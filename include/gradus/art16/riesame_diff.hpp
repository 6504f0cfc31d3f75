#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gradus::art16 {

// Where one candidatura stood before and after a riesame.
struct Standing {
    std::optional<int> position;  // absent when excluded
    std::optional<Decimal> score;
    Esito esito = Esito::escluso;
};

enum class Movement { entered, left, moved, rescored, unchanged };
std::string_view to_string(Movement m);

struct StandingChange {
    std::string protocol;
    std::string surname;
    std::string name;
    Standing before;
    Standing after;
    Movement movement = Movement::unchanged;
    int places = 0;  // positive: moved up (towards position 1)
};

// Every candidatura whose standing differs between two rankings of the same avviso, in the order
// of the new ranking (the excluded after, by protocol). Pure.
std::vector<StandingChange> compare(const Graduatoria& before, const Graduatoria& after);

}  // namespace gradus::art16

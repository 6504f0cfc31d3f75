#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// Where each candidatura of a ranking stood, by protocol: all a riesame needs of the ranking it
// revises, so that the revised one can be computed once that one is freed (at national scale
// each ranking takes about 0.9 GB; these standings about 0.1 GB).
class Standings {
public:
    explicit Standings(const Graduatoria& g);
    // The standing of `protocol`: excluded (no position) when the ranking had no such protocol.
    // A protocol both ranked and excluded (a duplicate) stands where it was ranked.
    Standing of(std::string_view protocol) const;
    std::size_t size() const { return m_by_protocol.size(); }

private:
    std::vector<std::pair<std::string, Standing>> m_by_protocol;  // by protocol, one each
};

// Every candidatura whose standing differs between two rankings of the same avviso, in the order
// of the new ranking (the excluded after, by protocol). Pure.
std::vector<StandingChange> compare(const Standings& before, const Graduatoria& after);

}  // namespace gradus::art16

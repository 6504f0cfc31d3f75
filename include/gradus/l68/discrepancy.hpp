#pragma once

#include "gradus/l68/obligation.hpp"
#include "gradus/l68/prospetto.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::l68 {

// One quadro 3 figure the employer declared that differs from the recomputed one.
struct Discrepancy {
    std::string provincia;  // "NAZ" for riepilogonazionale and quadro 1
    std::string_view field;  // the Ministry's element name (a literal: static storage)
    std::string declared;
    std::string recomputed;
    std::string_view rule;   // the source of the recomputed figure (a literal)
};

// Compares quadro 1 categoriaazienda and nlavoratorinazionali and every quadro 3 figure with `o`; a province declared in
// quadro 3 but absent from quadro 2 (or the reverse) is one discrepancy on "provincia".
std::vector<Discrepancy> discrepancies(const Prospetto& p, const Obligation& o);

}  // namespace gradus::l68

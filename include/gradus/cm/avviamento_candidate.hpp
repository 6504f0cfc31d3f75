#pragma once

#include "gradus/cm/richiesta.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::cm {

// What the avviamento needs of one person in the graduatoria of the collocamento mirato
// (L. 68/1999 art. 8): the ranking gives the position, the person's record the rest.
struct AvviamentoCandidate {
    std::string registration;  // numero di iscrizione
    std::string codice_fiscale;
    std::string surname, name;
    std::int64_t position = 0;  // in the graduatoria, 1 first
    Lista lista = Lista::disabili;
    std::vector<std::string> qualifiche;  // ISTAT CP codes the person is available for
    std::vector<Condizione> contraindications;
    std::vector<std::string> unmatched_contraindications;  // codes no condition of a post names: shown, not matched
    bool driving_licence = false;
    std::string residence;  // Belfiore code
    bool already_placed = false;  // avviato or hired elsewhere, no longer to be proposed
};

}  // namespace gradus::cm

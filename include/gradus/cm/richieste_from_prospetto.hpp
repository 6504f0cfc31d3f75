#pragma once

#include "gradus/cm/richiesta.hpp"
#include "gradus/l68/prospetto.hpp"

#include <vector>

namespace gradus::cm {

// One request per postilavoro of the prospetto, in document order, id
// "<codicecomunicazione>-<provincia>-<n>" (n counts the posts of the prospetto from 1).
// Employer kind from tipologiadichiarante (A, D privato; B ente pubblico economico; C pubblico);
// modalità from categoriaass, else numerica for a public employer and nominativa for the others;
// the obligation date is the prospetto's datariferimento and the request date its dataInvio;
// turninotturni S, barrierearchitettoniche S and mezzipubblici N become conditions of the post,
// capacitacontroindicazioni the request's notes.
std::vector<Richiesta> richieste_from_prospetto(const l68::Prospetto& prospetto);

}  // namespace gradus::cm

#pragma once

#include "gradus/art16/graduatoria.hpp"

#include <string_view>

namespace gradus::report {

// The esito as people read it in the CSV and HTML lists: "posto riservato", "posto", "idoneo", "escluso".
std::string_view esito_label(art16::Esito esito);

// The esito as a token of graduatoria.xml: "posto_riservato", "posto", "idoneo", "escluso".
std::string_view esito_token(art16::Esito esito);

}  // namespace gradus::report

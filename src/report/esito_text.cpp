#include "gradus/report/esito_text.hpp"

#include "gradus/core/errors.hpp"

namespace gradus::report {

std::string_view esito_label(art16::Esito esito) {
    switch (esito) {
    case art16::Esito::posto_riservato: return "posto riservato";
    case art16::Esito::posto: return "posto";
    case art16::Esito::idoneo: return "idoneo";
    case art16::Esito::escluso: return "escluso";
    }
    throw InternalError("esito_label: unknown Esito value");
}

std::string_view esito_token(art16::Esito esito) {
    switch (esito) {
    case art16::Esito::posto_riservato: return "posto_riservato";
    case art16::Esito::posto: return "posto";
    case art16::Esito::idoneo: return "idoneo";
    case art16::Esito::escluso: return "escluso";
    }
    throw InternalError("esito_token: unknown Esito value");
}

}  // namespace gradus::report

#include "gradus/services/sap_event.hpp"

#include <array>

namespace gradus::services {

namespace {

constexpr int first_code = 1;
constexpr int last_code = 15;

// SAP standard, "Sezione Ultimo Evento".
constexpr std::array<std::string_view, 15> labels{
    "Proposta",     "Iniziata",  "Respinta",     "Rifiuto",   "Abbandono",
    "Annullamento prima dell'inizio", "Annullamento dopo l'inizio", "Cancellazione", "Sospesa", "Terminata",
    "Rendicontata", "Decaduta",  "Esonerata",    "Trasformata", "Esclusione",
};

}  // namespace

std::string to_code(SapEvent e) {
    const int n = static_cast<int>(e);
    return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10);
}

std::string_view label(SapEvent e) { return labels[static_cast<std::size_t>(static_cast<int>(e) - 1)]; }

std::optional<SapEvent> parse_sap_event(std::string_view code) {
    if (code.size() != 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') {
        return std::nullopt;
    }
    const int n = (code[0] - '0') * 10 + (code[1] - '0');
    if (n < first_code || n > last_code) {
        return std::nullopt;
    }
    return static_cast<SapEvent>(n);
}

EventDateRule date_rule(SapEvent e) {
    switch (e) {
        case SapEvent::proposta: return EventDateRule::proposed;
        case SapEvent::iniziata: return EventDateRule::started;
        case SapEvent::abbandono:
        case SapEvent::annullamento_dopo:
        case SapEvent::cancellazione:
        case SapEvent::sospesa:
        case SapEvent::terminata:
        case SapEvent::decaduta:
        case SapEvent::trasformata:
        case SapEvent::esclusione: return EventDateRule::ended;
        default: return EventDateRule::none;
    }
}

}  // namespace gradus::services

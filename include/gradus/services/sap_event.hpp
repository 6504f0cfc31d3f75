#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gradus::services {

// The "ultimo evento" of a SAP section-6 policy (SAP standard, "Definizione e gestione degli
// eventi nella politica attiva"), by its two-digit code.
enum class SapEvent {
    proposta = 1,
    iniziata = 2,
    respinta = 3,            // before acceptance
    rifiuto = 4,             // after acceptance, before the start
    abbandono = 5,           // after the start, before the end
    annullamento_prima = 6,  // cancelled before the start
    annullamento_dopo = 7,   // cancelled after the start (material error)
    cancellazione = 8,       // requirements missing
    sospesa = 9,
    terminata = 10,
    rendicontata = 11,
    decaduta = 12,
    esonerata = 13,
    trasformata = 14,
    esclusione = 15,
};

std::string to_code(SapEvent e);          // "01" ... "15"
std::string_view label(SapEvent e);       // "Proposta", "Iniziata", ...
std::optional<SapEvent> parse_sap_event(std::string_view code);

// Which date of the policy the event's date must equal.
enum class EventDateRule { proposed, started, ended, none };

// SAP standard, table of the events: 01 = data proposta; 02 = data inizio; 05, 07, 08, 09, 10,
// 12, 14, 15 = data fine (12, 14 and 15 as the table has them, the prose omits them); others none.
EventDateRule date_rule(SapEvent e);

}  // namespace gradus::services

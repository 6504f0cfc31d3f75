#pragma once

#include "gradus/core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::services {

// The 11-character identificativo of a SAP section-6 policy (SAP technical standard, "Calcolo
// identificativo della politica"): characters 1-2 the code of the sending system (00 NCN, 01
// Abruzzo ... 21 Veneto, 31 DOL, 32 SICAMERA), 3-10 a sequence number in 8 upper-case hex digits,
// 11 a check character over the 22-character tuple promoter code (11) + national tipo attivita
// (3) + data proposta (yyyymmdd), by the algorithm of the codice fiscale's 16th character.

// Throws ParseError when the promoter code is not 11 letters or digits or the tipo attivita not 3.
char policy_check_character(std::string_view promoter_code, std::string_view tipo_attivita, const Date& proposed);

// Throws ParseError for an unknown sending system code, or as policy_check_character().
std::string make_identificativo_politica(std::string_view system_code, std::uint32_t sequence,
                                         std::string_view promoter_code, std::string_view tipo_attivita,
                                         const Date& proposed);

bool is_sending_system(std::string_view code);

// What is wrong with the form of `id` (length, system code, hex digits), or nothing.
std::optional<std::string> identificativo_form_problem(std::string_view id);

}  // namespace gradus::services

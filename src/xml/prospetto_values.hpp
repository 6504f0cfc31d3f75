#pragma once

#include "gradus/l68/prospetto.hpp"

#include <cstdint>
#include <string_view>

namespace gradus::xml::detail::unipi {

// Conversions of UNIPI element text; each throws ParseError naming the text.
std::int64_t count(std::string_view text);                     // Numerico: 1-6 digits
l68::WeeklyMinutes weekly_minutes(std::string_view text);      // "HH:MM"
l68::Approval approval(std::string_view text);                 // statoconcessione E, F
l68::CommunicationType communication_type(std::string_view text);  // 01, 02, 03
l68::CompensationKind compensation_kind(std::string_view text);    // categoriacompensazione E, R
// One element of postilavoro.
void job_post(l68::JobPost& post, std::string_view name, std::string_view value);
void assign_summary(l68::DeclaredSummary& s, std::string_view name, std::string_view value);

}  // namespace gradus::xml::detail::unipi

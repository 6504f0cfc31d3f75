#include "prospetto_values.hpp"

#include "values.hpp"

#include "gradus/core/errors.hpp"

#include <string>

namespace gradus::xml::detail::unipi {

std::int64_t count(std::string_view text) {
    return to_int(text);
}

l68::WeeklyMinutes weekly_minutes(std::string_view text) {
    const std::string_view t = trimmed(text);
    if (t.size() != 5 || t[2] != ':') throw ParseError("not a weekly time HH:MM: '" + std::string(text) + "'");
    const int minutes = to_int(t.substr(3));
    if (minutes > 59) throw ParseError("not a weekly time HH:MM: '" + std::string(text) + "'");
    return l68::WeeklyMinutes{std::int64_t{to_int(t.substr(0, 2))} * 60 + minutes};
}

l68::Approval approval(std::string_view text) {
    if (text == "E") return l68::Approval::approved;
    if (text == "F") return l68::Approval::requested;
    throw ParseError("not a statoconcessione (E or F): '" + std::string(text) + "'");
}

l68::CompensationKind compensation_kind(std::string_view text) {
    if (text == "E") return l68::CompensationKind::surplus;
    if (text == "R") return l68::CompensationKind::reduction;
    throw ParseError("not a categoriacompensazione (E or R): '" + std::string(text) + "'");
}

l68::CommunicationType communication_type(std::string_view text) {
    if (text == "01") return l68::CommunicationType::prospetto;
    if (text == "02") return l68::CommunicationType::rettifica;
    if (text == "03") return l68::CommunicationType::annullamento;
    throw ParseError("not a tipocomunicazione (01, 02, 03): '" + std::string(text) + "'");
}

void job_post(l68::JobPost& post, std::string_view name, std::string_view value) {
    if (name == "qualificaprof") post.qualifica = std::string(value);
    else if (name == "mansione") post.mansione = std::string(value);
    else if (name == "nposti") post.count = count(value);
    else if (name == "categoriasogg") post.beneficiary = value == "D" ? l68::Beneficiary::disabled : l68::Beneficiary::protected_category;
    else if (name == "comuneass") post.comune = std::string(value);
    else if (name == "capacitacontroindicazioni") post.capacities = std::string(value);
    else if (name == "barrierearchitettoniche") post.architectural_barriers = value == "S";
    else if (name == "turninotturni") post.night_shifts = value == "S";
    else if (name == "mezzipubblici") post.public_transport = value == "S";
    else if (name == "categoriaass") post.hiring = value == "NU" ? l68::HiringKind::numerica : l68::HiringKind::nominativa;
}

void assign_summary(l68::DeclaredSummary& s, std::string_view name, std::string_view value) {
    if (name == "provincia") s.provincia = std::string(value);
    else if (name == "numLavBaseComputoArt3") s.base_art3 = count(value);
    else if (name == "numLavBaseComputoArt18") s.base_art18 = count(value);
    else if (name == "quotariservadisabili") s.quota_disabled = count(value);
    else if (name == "quotariservacatprotette") s.quota_protected = count(value);
    else if (name == "esoneri" || name == "esonerati") s.exempted = count(value);
    else if (name == "disabili") s.disabled = count(value);
    else if (name == "catprotette") s.protected_category = count(value);
    else if (name == "scoperturedisabili") s.shortfall_disabled = count(value);
    else if (name == "scoperturecatprotette") s.shortfall_protected = count(value);
    else if (name == "sospensioniincorso") s.suspension = value == "S";
    else if (name == "quotaesuberiArt18") s.art18_offset = count(value);
    else if (name == "categoriacompdisabili") s.compensation_disabled_kind = compensation_kind(value);
    else if (name == "numerocompdisabili") s.compensation_disabled_count = count(value);
    else if (name == "categoriacompcatprotette") s.compensation_protected_kind = compensation_kind(value);
    else if (name == "numerocompcatprotette") s.compensation_protected_count = count(value);
}

}  // namespace gradus::xml::detail::unipi

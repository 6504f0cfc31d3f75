#include "gradus/cm/richiesta.hpp"

#include <array>
#include <utility>

namespace gradus::cm {
namespace {

template <class E, std::size_t N>
E parse_code(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view text, std::string_view what) {
    for (const auto& [value, name] : names) {
        if (name == text) return value;
    }
    throw ParseError("not a " + std::string(what) + ": '" + std::string(text) + "'");
}

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    return "?";
}

constexpr std::array<std::pair<EmployerKind, std::string_view>, 3> employer_kinds{{
    {EmployerKind::privato, "privato"},
    {EmployerKind::ente_pubblico_economico, "ente_pubblico_economico"},
    {EmployerKind::pubblico, "pubblico"},
}};
constexpr std::array<std::pair<Modalita, std::string_view>, 2> modalita_names{{
    {Modalita::nominativa, "nominativa"}, {Modalita::numerica, "numerica"}}};
constexpr std::array<std::pair<Condizione, std::string_view>, 9> condition_names{{
    {Condizione::turni_notturni, "turni_notturni"},
    {Condizione::barriere_architettoniche, "barriere_architettoniche"},
    {Condizione::sede_senza_mezzi_pubblici, "sede_senza_mezzi_pubblici"},
    {Condizione::movimentazione_carichi, "movimentazione_carichi"},
    {Condizione::stazione_eretta, "stazione_eretta"},
    {Condizione::lavoro_in_quota, "lavoro_in_quota"},
    {Condizione::guida_automezzi, "guida_automezzi"},
    {Condizione::videoterminale, "videoterminale"},
    {Condizione::agenti_nocivi, "agenti_nocivi"},
}};

}  // namespace

std::string_view to_string(EmployerKind k) { return name_of(employer_kinds, k); }
std::string_view to_string(Modalita m) { return name_of(modalita_names, m); }
std::string_view to_string(Condizione c) { return name_of(condition_names, c); }

EmployerKind parse_employer_kind(std::string_view text) { return parse_code(employer_kinds, text, "tipo di datore"); }
Modalita parse_modalita(std::string_view text) { return parse_code(modalita_names, text, "modalità"); }
Condizione parse_condizione(std::string_view text) { return parse_code(condition_names, text, "condizione"); }

}  // namespace gradus::cm

#include "gradus/criteria/criteria.hpp"

#include "gradus/core/errors.hpp"

#include <array>
#include <utility>

namespace gradus::criteria {

namespace {

template <class Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

template <class Enum, std::size_t N>
std::string_view name_of(const NameTable<Enum, N>& table, Enum value, std::string_view type) {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    throw InternalError("unknown " + std::string(type) + " value " + std::to_string(static_cast<int>(value)));
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const NameTable<Enum, N>& table, std::string_view name) {
    for (const auto& [v, n] : table) {
        if (n == name) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr NameTable<Verification, 5> verification_tags{{
    {Verification::verified, "V"},
    {Verification::secondary, "S"},
    {Verification::code, "C"},
    {Verification::inferred, "I"},
    {Verification::unknown, "N"},
}};

constexpr NameTable<ReferenceDate, 5> reference_date_names{{
    {ReferenceDate::publication, "pubblicazione"},
    {ReferenceDate::applications_open, "apertura"},
    {ReferenceDate::applications_close, "chiusura"},
    {ReferenceDate::submission, "presentazione"},
    {ReferenceDate::ranking, "graduatoria"},
}};

constexpr NameTable<Direction, 2> direction_names{{
    {Direction::higher_first, "piu_alto_primo"},
    {Direction::lower_first, "piu_basso_primo"},
}};

constexpr NameTable<TieBreak, 11> tie_break_names{{
    {TieBreak::younger_first, "piu_giovane"},
    {TieBreak::older_first, "piu_anziano"},
    {TieBreak::more_dependants, "piu_carichi"},
    {TieBreak::more_dependant_points, "piu_punti_carichi"},
    {TieBreak::longer_unemployment, "piu_disoccupazione"},
    {TieBreak::earlier_did, "did_anteriore"},
    {TieBreak::lower_isee, "isee_inferiore"},
    {TieBreak::earlier_submission, "presentazione_anteriore"},
    {TieBreak::earlier_registration, "iscrizione_anteriore"},
    {TieBreak::higher_invalidity, "invalidita_maggiore"},
    {TieBreak::protocol, "protocollo"},
}};

constexpr std::array<TieBreak, tie_break_names.size()> tie_breaks_in_order = [] {
    std::array<TieBreak, tie_break_names.size()> all{};
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = tie_break_names[i].first;
    }
    return all;
}();

}  // namespace

std::string_view to_tag(Verification v) { return name_of(verification_tags, v, "Verification"); }

std::optional<Verification> parse_verification(std::string_view tag) { return value_of(verification_tags, tag); }

std::string_view to_string(ReferenceDate r) { return name_of(reference_date_names, r, "ReferenceDate"); }

std::optional<ReferenceDate> parse_reference_date(std::string_view name) {
    return value_of(reference_date_names, name);
}

std::string_view to_string(Direction d) { return name_of(direction_names, d, "Direction"); }

std::optional<Direction> parse_direction(std::string_view name) { return value_of(direction_names, name); }

std::string_view to_string(TieBreak t) { return name_of(tie_break_names, t, "TieBreak"); }

std::optional<TieBreak> parse_tie_break(std::string_view name) { return value_of(tie_break_names, name); }

std::span<const TieBreak> all_tie_breaks() { return tie_breaks_in_order; }

}  // namespace gradus::criteria

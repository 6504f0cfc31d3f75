#include "gradus/core/errors.hpp"
#include "gradus/lsu/regime.hpp"
#include "gradus/lsu/rules.hpp"
#include "gradus/lsu/verification.hpp"

#include <array>
#include <string>
#include <utility>

namespace gradus::lsu {

namespace {

template <class Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

template <class Enum, std::size_t N>
std::string_view name_of(const Names<Enum, N>& names, Enum value) {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    throw InternalError("lsu: unnamed enum value " + std::to_string(static_cast<int>(value)));
}

template <class Enum, std::size_t N>
std::optional<Enum> value_of(const Names<Enum, N>& names, std::string_view name) {
    for (const auto& [v, n] : names) {
        if (n == name) return v;
    }
    return std::nullopt;
}

constexpr Names<Regime, 3> regimes{{
    {Regime::art26_150_2015, "art26_150_2015"},
    {Regime::art7_468_1997, "art7_468_1997"},
    {Regime::lsu_81_2000, "lsu_81_2000"},
}};

constexpr Names<BenefitKind, 9> benefit_kinds{{
    {BenefitKind::cig, "cig"},
    {BenefitKind::cigs, "cigs"},
    {BenefitKind::fondo_solidarieta, "fondo_solidarieta"},
    {BenefitKind::mobilita_indennita, "mobilita_indennita"},
    {BenefitKind::mobilita_senza_indennita, "mobilita_senza_indennita"},
    {BenefitKind::disoccupazione_speciale, "disoccupazione_speciale"},
    {BenefitKind::naspi, "naspi"},
    {BenefitKind::dis_coll, "dis_coll"},
    {BenefitKind::assegno_utilizzo, "assegno_utilizzo"},
}};

constexpr Names<ResidenceArea, 2> residence_areas{{
    {ResidenceArea::comune, "comune"},
    {ResidenceArea::comune_or_cpi_area, "comune_o_area_cpi"},
}};

constexpr Names<PriorityKey, 2> priority_keys{{
    {PriorityKey::residents_first, "residenti_prima"},
    {PriorityKey::longest_residual, "residuo_piu_lungo"},
}};

constexpr Names<Requirement, 7> requirements{{
    {Requirement::identity, "identita"},
    {Requirement::consistency, "coerenza"},
    {Requirement::status, "stato"},
    {Requirement::residence, "residenza"},
    {Requirement::qualifica, "qualifica"},
    {Requirement::residual, "residuo"},
    {Requirement::hours, "orario"},
}};

constexpr Names<CheckResult, 3> check_results{{
    {CheckResult::met, "soddisfatto"},
    {CheckResult::failed, "non_soddisfatto"},
    {CheckResult::unknown, "non_determinabile"},
}};

constexpr Names<Outcome, 3> outcomes{{
    {Outcome::eligible, "idoneo"},
    {Outcome::not_eligible, "non_idoneo"},
    {Outcome::undetermined, "da_verificare"},
}};

constexpr Names<ProrogaResult, 3> proroga_results{{
    {ProrogaResult::accepted, "ammessa"},
    {ProrogaResult::refused, "non_ammessa"},
    {ProrogaResult::unknown, "non_determinabile"},
}};

}  // namespace

std::string_view to_string(Regime r) { return name_of(regimes, r); }
std::optional<Regime> parse_regime(std::string_view name) { return value_of(regimes, name); }
std::string_view to_string(BenefitKind k) { return name_of(benefit_kinds, k); }
std::optional<BenefitKind> parse_benefit_kind(std::string_view name) { return value_of(benefit_kinds, name); }
std::optional<ResidenceArea> parse_residence_area(std::string_view name) { return value_of(residence_areas, name); }
std::optional<PriorityKey> parse_priority_key(std::string_view name) { return value_of(priority_keys, name); }
std::string_view to_string(PriorityKey k) { return name_of(priority_keys, k); }
std::string_view to_string(Requirement r) { return name_of(requirements, r); }
std::string_view to_string(CheckResult r) { return name_of(check_results, r); }
std::string_view to_string(Outcome o) { return name_of(outcomes, o); }
std::string_view to_string(ProrogaResult r) { return name_of(proroga_results, r); }

// Wage integration is paid while the employment goes on (D.Lgs. 150/2015 art. 26 c. 1).
bool is_wage_integration(BenefitKind k) {
    return k == BenefitKind::cig || k == BenefitKind::cigs || k == BenefitKind::fondo_solidarieta;
}

}  // namespace gradus::lsu

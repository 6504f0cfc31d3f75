#include "gradus/core/decimal.hpp"

#include "gradus/core/errors.hpp"

#include <array>
#include <utility>

namespace gradus {

namespace {

constexpr std::array<std::pair<Rounding, std::string_view>, 4> rounding_names{{
    {Rounding::half_up, "half_up"},
    {Rounding::half_even, "half_even"},
    {Rounding::truncate, "truncate"},
    {Rounding::over_half, "over_half"},
}};

}  // namespace

std::string_view to_string(Rounding r) {
    for (const auto& [mode, name] : rounding_names) {
        if (mode == r) {
            return name;
        }
    }
    throw InternalError("unknown Rounding value " + std::to_string(static_cast<int>(r)));
}

Rounding parse_rounding(std::string_view text) {
    for (const auto& [mode, name] : rounding_names) {
        if (name == text) {
            return mode;
        }
    }
    throw ConfigError("unknown rounding mode '" + std::string(text) +
                      "' (expected half_up, half_even, truncate or over_half)");
}

}  // namespace gradus

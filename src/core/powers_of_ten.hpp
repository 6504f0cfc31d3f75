#pragma once

#include <array>
#include <cstdint>

namespace gradus::detail {

// 10^0 .. 10^19, the powers of ten that fit an unsigned 64-bit integer.
inline constexpr std::array<std::uint64_t, 20> powers_of_ten = [] {
    std::array<std::uint64_t, 20> table{};
    std::uint64_t p = 1;
    for (auto& entry : table) {
        entry = p;
        p *= 10;
    }
    return table;
}();

}  // namespace gradus::detail

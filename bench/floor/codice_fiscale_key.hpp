#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>

// The codice fiscale of bench row i: "RSSMRA" and ten digits of i times an odd constant modulo
// 2^32, a bijection, so a million rows carry a million distinct keys in a random-looking order, as
// the person index of a national avviso sees them. bench/run.sh builds the same keys in SQL.
inline void floor_codice_fiscale(char* out, std::size_t size, std::int64_t i) {
    const std::uint32_t spread = static_cast<std::uint32_t>(i) * 2654435761u;
    std::snprintf(out, size, "RSSMRA%010u", static_cast<unsigned>(spread));
}

#pragma once

#include "gradus/l68/prospetto.hpp"
#include "gradus/l68/ratio.hpp"

#include <cstdint>

namespace gradus::l68 {

// What a group of disabled workers covers: full-time 1 each; part-time 1 each above half the
// contractual time, else their hour share (L. 68/1999 art. 4; Min. Lavoro nota 77/2005).
Ratio coverage_share(const Workforce& workers);

// Disabled workers covering the art. 3 quota: employees (centralinisti and massofisioterapisti
// included), somministrati and art. 12-bis / art. 14 D.Lgs. 276/2003 convention workers, summed
// and rounded once by over_half (art. 4 c. 2).
std::int64_t disabled_coverage(const ProvincialDetail& detail);

}  // namespace gradus::l68

#pragma once

#include <optional>
#include <string_view>

namespace gradus::lsu {

// The legal regime of an LSU / pubblica utilità project; each has its own rule set (criteria/lsu/).
enum class Regime {
    art26_150_2015,  // D.Lgs. 150/2015 art. 26: pubblica utilità by income-support recipients
    art7_468_1997,   // D.Lgs. 468/1997 art. 7: direct use of benefit recipients in LSU
    lsu_81_2000,     // D.Lgs. 81/2000: the transitional LSU regime
};

// The names used in the files: "art26_150_2015", "art7_468_1997", "lsu_81_2000".
std::string_view to_string(Regime r);
std::optional<Regime> parse_regime(std::string_view name);

}  // namespace gradus::lsu

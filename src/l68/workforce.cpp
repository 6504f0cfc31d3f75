#include "gradus/l68/prospetto.hpp"

namespace gradus::l68 {

std::int64_t Workforce::head_count() const {
    std::int64_t n = full_time;
    for (const auto& g : part_time) n += g.count;
    return n;
}

}  // namespace gradus::l68

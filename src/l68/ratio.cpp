#include "gradus/l68/ratio.hpp"

#include "gradus/core/decimal.hpp"
#include "gradus/core/errors.hpp"

namespace gradus::l68 {
namespace {

Decimal to_decimal(const boost::multiprecision::cpp_int& value) {
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min()) {
        throw OverflowError("l68: a working-time fraction is beyond 64 bits");
    }
    return Decimal(value.convert_to<std::int64_t>());
}

}  // namespace

std::int64_t over_half(const Ratio& value) {
    return Decimal::divide(to_decimal(numerator(value)), to_decimal(denominator(value)), 0, Rounding::over_half)
        .to_int64(Rounding::truncate);
}

std::int64_t percent_over_half(std::int64_t percent, std::int64_t base) {
    return over_half(Ratio(percent * base, 100));
}

Ratio hours_share(const PartTimeGroup& group) {
    if (group.contractual.minutes <= 0) {
        throw InputError(InputIssue{{}, {}, "orariosettimanalecontrattuale", "orario", "contractual weekly time is 00:00"});
    }
    return Ratio(group.count * group.part_time.minutes, group.contractual.minutes);
}

}  // namespace gradus::l68

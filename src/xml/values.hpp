#pragma once

#include "gradus/core/date.hpp"
#include "gradus/core/decimal.hpp"

#include <string>
#include <string_view>

namespace gradus::xml::detail {

// Conversions of element text to values. Schema types other than strings collapse blanks, so
// every conversion ignores leading and trailing ones; each throws ParseError naming the text.
std::string_view trimmed(std::string_view text);
int to_int(std::string_view text);                 // unsigned decimal digits, fits in int
bool to_bool(std::string_view text);               // xs:boolean: true, false, 1, 0
Date to_date(std::string_view text);               // YYYY-MM-DD, a real calendar day
Decimal to_decimal(std::string_view text);         // 1234.56
std::string to_upper_ascii(std::string_view text);

}  // namespace gradus::xml::detail

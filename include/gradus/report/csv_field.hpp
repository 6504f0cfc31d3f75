#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// Text that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
// return) gets a leading apostrophe; any other text is returned unchanged. Apply it to text that
// comes from outside (names, protocol numbers, reasons), never to numbers.
std::string guard_formula(std::string_view text);
bool needs_formula_guard(std::string_view text);  // guard_formula() would change it

// RFC 4180 quoting for a semicolon-separated file: a field holding ; " CR or LF is enclosed in
// double quotes, with its quotes doubled; any other field is returned unchanged.
std::string quote_csv_field(std::string_view field);
bool needs_csv_quotes(std::string_view field);  // quote_csv_field() would change it

}  // namespace gradus::report

#pragma once

#include <cstddef>
#include <string_view>

namespace gradus::xml::detail::xsd {

// Lexical checks of XML Schema 1.0 values, for readers that answer for a schema themselves. Each
// is true only for text that Xerces' validation certainly accepts for the type it names, and may
// be false for some text Xerces would accept (the reader then asks Xerces): a check may refuse
// too much, never too little. None accepts a leading or trailing blank.

// xs:date restricted by the pattern [0-9]{4}-[0-9]{2}-[0-9]{2}: a calendar day of a year from
// 0001 (XML Schema 1.0 has no year 0000).
bool is_date(std::string_view text);

// xs:dateTime restricted by the pattern [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}:
// a date as above and a time from 00:00:00 to 23:59:59.
bool is_local_date_time(std::string_view text);

// xs:boolean: true, false, 1 or 0.
bool is_boolean(std::string_view text);

// An integer type restricted by the pattern [0-9]{1,max_digits} and to at most `max_value`.
bool is_bounded_digits(std::string_view text, std::size_t max_digits, long max_value);

// xs:decimal restricted by the pattern [0-9]{1,integer_digits}(\.[0-9]{1,fraction_digits})?.
bool is_plain_decimal(std::string_view text, std::size_t integer_digits, std::size_t fraction_digits);

// xs:string restricted by the pattern [A-Za-z0-9][A-Za-z0-9_./\-]{0,max_length-1}.
bool is_code(std::string_view text, std::size_t max_length);

// xs:string restricted by the pattern [A-Za-z0-9]{length}.
bool is_alphanumeric(std::string_view text, std::size_t length);

// xs:string (UTF-8) restricted to 1..max_length characters and the pattern \S(.*\S)?. Vouches
// only for text of the Basic Multilingual Plane without control characters or line separators,
// beginning and ending with a printable ASCII character or a Latin letter (U+00C0 to U+024F),
// so that no reading of the regular expression or of the length could refuse it.
bool is_trimmed_line(std::string_view text, std::size_t max_length);

}  // namespace gradus::xml::detail::xsd

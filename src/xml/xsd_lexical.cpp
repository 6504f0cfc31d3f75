#include "xsd_lexical.hpp"

#include "gradus/core/date.hpp"

namespace gradus::xml::detail::xsd {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
    for (const char c : text) {
        if (!is_digit(c)) return false;
    }
    return true;
}

// `text` holds only digits.
long digits_value(std::string_view text) {
    long value = 0;
    for (const char c : text) value = value * 10 + (c - '0');
    return value;
}

// Two digits at `at` naming a value up to `max`.
bool is_two_digits(std::string_view text, std::size_t at, long min, long max) {
    const std::string_view part = text.substr(at, 2);
    if (!all_digits(part)) return false;
    const long value = digits_value(part);
    return value >= min && value <= max;
}

// The next code point of valid UTF-8 at `at`, which moves past it.
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t i = 1; i < length && at + i < text.size(); ++i) {
        value = (value << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    }
    at += length;
    return value;
}

bool is_safe_inner(char32_t c) {
    return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c < 0xD800;
}

bool is_safe_edge(char32_t c) { return (c >= 0x21 && c <= 0x7E) || (c >= 0xC0 && c <= 0x24F); }

}  // namespace

// Date's strict ISO form is this very subset: exactly YYYY-MM-DD, a real day of 0001-9999.
bool is_date(std::string_view text) { return Date::try_parse_iso(text).has_value(); }

bool is_local_date_time(std::string_view text) {
    return text.size() == 19 && is_date(text.substr(0, 10)) && text[10] == 'T' && text[13] == ':' &&
           text[16] == ':' && is_two_digits(text, 11, 0, 23) && is_two_digits(text, 14, 0, 59) &&
           is_two_digits(text, 17, 0, 59);
}

bool is_boolean(std::string_view text) { return text == "true" || text == "false" || text == "1" || text == "0"; }

bool is_bounded_digits(std::string_view text, std::size_t max_digits, long max_value) {
    return !text.empty() && text.size() <= max_digits && all_digits(text) && digits_value(text) <= max_value;
}

bool is_plain_decimal(std::string_view text, std::size_t integer_digits, std::size_t fraction_digits) {
    const std::size_t point = text.find('.');
    const std::string_view integer = text.substr(0, point);
    if (integer.empty() || integer.size() > integer_digits || !all_digits(integer)) return false;
    if (point == std::string_view::npos) return true;
    const std::string_view fraction = text.substr(point + 1);
    return !fraction.empty() && fraction.size() <= fraction_digits && all_digits(fraction);
}

bool is_code(std::string_view text, std::size_t max_length) {
    if (text.empty() || text.size() > max_length) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alphanumeric = is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!alphanumeric && (i == 0 || (c != '_' && c != '.' && c != '/' && c != '-'))) return false;
    }
    return true;
}

bool is_alphanumeric(std::string_view text, std::size_t length) {
    if (text.size() != length) return false;
    for (const char c : text) {
        if (!is_digit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
    }
    return true;
}

bool is_trimmed_line(std::string_view text, std::size_t max_length) {
    std::size_t count = 0;
    char32_t c = 0;
    for (std::size_t at = 0; at < text.size();) {
        c = next_code_point(text, at);
        if (!is_safe_inner(c) || (count == 0 && !is_safe_edge(c)) || ++count > max_length) return false;
    }
    return count > 0 && is_safe_edge(c);
}

}  // namespace gradus::xml::detail::xsd

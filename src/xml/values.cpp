#include "values.hpp"

#include "gradus/core/errors.hpp"

#include <charconv>

namespace gradus::xml::detail {

std::string_view trimmed(std::string_view text) {
    constexpr std::string_view blanks = " \t\r\n";
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

int to_int(std::string_view text) {
    const std::string_view digits = trimmed(text);
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || digits.front() == '-' || error != std::errc() || end != digits.data() + digits.size()) {
        throw ParseError("not a whole number: '" + std::string(text) + "'");
    }
    return value;
}

bool to_bool(std::string_view text) {
    const std::string_view word = trimmed(text);
    if (word == "true" || word == "1") {
        return true;
    }
    if (word == "false" || word == "0") {
        return false;
    }
    throw ParseError("not a boolean: '" + std::string(text) + "'");
}

Date to_date(std::string_view text) { return Date::parse_iso(trimmed(text)); }

Decimal to_decimal(std::string_view text) { return Decimal::parse(trimmed(text)); }

std::string to_upper_ascii(std::string_view text) {
    std::string upper(text);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return upper;
}

}  // namespace gradus::xml::detail

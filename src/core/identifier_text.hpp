#pragma once

#include <string>
#include <string_view>

namespace gradus::detail {

// `text` without surrounding blanks, ASCII letters in upper case.
inline std::string normalized_identifier(std::string_view text) {
    constexpr std::string_view blanks = " \t\r\n";
    const std::size_t first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) {
        return {};
    }
    const std::size_t last = text.find_last_not_of(blanks);
    std::string code(text.substr(first, last - first + 1));
    for (char& c : code) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return code;
}

}  // namespace gradus::detail

#include "gradus/report/html_escape.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>

namespace gradus::report {

namespace {

// What `c` becomes, or an empty view when it stays as it is.
constexpr std::string_view replacement(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return {};
    }
}

// The bytes replacement() changes. One load per byte of a report's text instead of a switch.
constexpr std::array<bool, 256> escaped_bytes = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'&', '<', '>', '"', '\''}) table[c] = true;
    return table;
}();

}  // namespace

void append_escaped_html(std::string& out, std::string_view text) {
    std::size_t plain = 0;  // start of the run of characters not yet appended
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (escaped_bytes[static_cast<unsigned char>(text[i])]) {
            out.append(text.data() + plain, i - plain);
            out.append(replacement(text[i]));
            plain = i + 1;
        }
    }
    out.append(text.data() + plain, text.size() - plain);
}

std::string escape_html(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    append_escaped_html(escaped, text);
    return escaped;
}

}  // namespace gradus::report

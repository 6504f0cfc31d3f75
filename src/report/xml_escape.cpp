#include "gradus/report/xml_escape.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>

namespace gradus::report {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// What `c` becomes, or an empty view when it stays as it is.
constexpr std::string_view replacement(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    case '\r': return "&#13;";
    default: return static_cast<unsigned char>(c) < 0x20 ? replacement_character : std::string_view{};
    }
}

// The bytes replacement() changes: the markup characters and the C0 controls. One load per byte
// of a report's text instead of six comparisons.
constexpr std::array<bool, 256> escaped_bytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = true;
    for (const unsigned char c : {'&', '<', '>', '"', '\''}) table[c] = true;
    return table;
}();

constexpr bool needs_escape(char c) { return escaped_bytes[static_cast<unsigned char>(c)]; }

}  // namespace

void append_escaped_xml(std::string& out, std::string_view text) {
    std::size_t plain = 0;  // start of the run of characters not yet appended
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (needs_escape(text[i])) {
            out.append(text.data() + plain, i - plain);
            out.append(replacement(text[i]));
            plain = i + 1;
        }
    }
    out.append(text.data() + plain, text.size() - plain);
}

std::string escape_xml(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    append_escaped_xml(escaped, text);
    return escaped;
}

}  // namespace gradus::report

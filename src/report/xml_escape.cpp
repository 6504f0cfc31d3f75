#include "gradus/report/xml_escape.hpp"

namespace gradus::report {

namespace {
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD in UTF-8
}  // namespace

bool needs_xml_escape(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
            return true;
        }
    }
    return false;
}

std::string escape_xml(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&apos;"; break;
        case '\t': escaped += "&#9;"; break;
        case '\n': escaped += "&#10;"; break;
        case '\r': escaped += "&#13;"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                escaped += replacement_character;
            } else {
                escaped.push_back(c);
            }
            break;
        }
    }
    return escaped;
}

}  // namespace gradus::report

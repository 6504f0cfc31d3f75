#include "gradus/report/html_escape.hpp"

namespace gradus::report {

bool needs_html_escape(std::string_view text) {
    return text.find_first_of("&<>\"'") != std::string_view::npos;
}

std::string escape_html(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped.push_back(c); break;
        }
    }
    return escaped;
}

}  // namespace gradus::report

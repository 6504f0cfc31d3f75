#include "gradus/report/csv_field.hpp"

namespace gradus::report {

bool needs_formula_guard(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

std::string guard_formula(std::string_view text) {
    std::string guarded;
    if (needs_formula_guard(text)) {
        guarded.push_back('\'');
    }
    guarded.append(text);
    return guarded;
}

bool needs_csv_quotes(std::string_view field) { return field.find_first_of(";\"\r\n") != std::string_view::npos; }

std::string quote_csv_field(std::string_view field) {
    if (!needs_csv_quotes(field)) {
        return std::string(field);
    }
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') {
            quoted.push_back('"');
        }
        quoted.push_back(c);
    }
    quoted.push_back('"');
    return quoted;
}

}  // namespace gradus::report

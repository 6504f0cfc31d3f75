#include "gradus/report/csv_field.hpp"

namespace gradus::report {

std::string guard_formula(std::string_view text) {
    std::string guarded;
    if (!text.empty()) {
        switch (text.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            guarded.push_back('\'');
            break;
        default:
            break;
        }
    }
    guarded.append(text);
    return guarded;
}

std::string quote_csv_field(std::string_view field) {
    if (field.find_first_of(";\"\r\n") == std::string_view::npos) {
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

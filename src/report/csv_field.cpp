#include "gradus/report/csv_field.hpp"

namespace gradus::report {

namespace {

bool starts_like_formula(std::string_view text) {
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

bool needs_quotes(std::string_view field) {
    return field.find_first_of(";\"\r\n") != std::string_view::npos;
}

void append_quoted(std::string& out, std::string_view field) {
    for (const char c : field) {
        if (c == '"') {
            out.push_back('"');
        }
        out.push_back(c);
    }
}

}  // namespace

std::string guard_formula(std::string_view text) {
    std::string guarded;
    if (starts_like_formula(text)) {
        guarded.push_back('\'');
    }
    guarded.append(text);
    return guarded;
}

std::string quote_csv_field(std::string_view field) {
    if (!needs_quotes(field)) {
        return std::string(field);
    }
    std::string quoted = "\"";
    append_quoted(quoted, field);
    quoted.push_back('"');
    return quoted;
}

void append_csv_text(std::string& out, std::string_view text) {
    // The guard's apostrophe never needs quoting, so the text alone decides.
    const bool quoted = needs_quotes(text);
    if (quoted) {
        out.push_back('"');
    }
    if (starts_like_formula(text)) {
        out.push_back('\'');
    }
    if (quoted) {
        append_quoted(out, text);
        out.push_back('"');
    } else {
        out.append(text);
    }
}

}  // namespace gradus::report

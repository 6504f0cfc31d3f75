#include "utf16.hpp"

namespace gradus::xml::detail {

namespace {

void append_code_point(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_high_surrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool is_low_surrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

}  // namespace

bool append_utf8(std::string& out, const char16_t* text, std::size_t length) {
    // ASCII fast path: one byte per unit, written in place (both loops run without a branch).
    char16_t all_units = 0;
    for (std::size_t k = 0; k < length; ++k) {
        all_units |= text[k];
    }
    if (all_units < 0x80) {
        const std::size_t start = out.size();
        out.resize(start + length);
        char* to = out.data() + start;
        for (std::size_t k = 0; k < length; ++k) {
            to[k] = static_cast<char>(text[k]);
        }
        return true;
    }
    std::size_t i = 0;
    while (i < length && text[i] < 0x80) {
        out += static_cast<char>(text[i++]);
    }
    while (i < length) {
        const char16_t unit = text[i++];
        if (is_high_surrogate(unit)) {
            if (i == length || !is_low_surrogate(text[i])) {
                return false;
            }
            const char32_t low = text[i++];
            append_code_point(out, 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (low - 0xDC00));
        } else if (is_low_surrogate(unit)) {
            return false;
        } else {
            append_code_point(out, unit);
        }
    }
    return true;
}

std::string to_utf8(const char16_t* text) {
    std::string out;
    if (text != nullptr) {
        std::size_t length = 0;
        while (text[length] != 0) {
            ++length;
        }
        append_utf8(out, text, length);
    }
    return out;
}

std::optional<std::u16string> to_utf16(std::string_view text) {
    std::u16string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        char32_t cp = lead;
        if (lead >= 0x80) {
            extra = (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : 0;
            if (extra == 0 || i + extra >= text.size()) {
                return std::nullopt;
            }
            cp = lead & (0x3F >> extra);
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return std::nullopt;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        i += extra + 1;
        if (cp >= 0x10000) {
            out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

}  // namespace gradus::xml::detail

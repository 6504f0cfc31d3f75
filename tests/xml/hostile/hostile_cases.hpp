#pragma once

// The hostile variants of a valid input file: attacks (billion laughs, external entities and DTDs
// pointing at a local file or at a loopback listener), broken files (truncated, UTF-16, Latin-1,
// deep nesting, huge attribute, wrong namespace) and bad values (a number out of range, the date
// 2025-02-30). Each says where its problem must be reported and what the message must say.

#include "formats.hpp"
#include "loopback_listener.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace gradus::xml::test {


inline const std::string out_of_range = "1234567890123456789012345678901234567890";

inline std::size_t line_at(const std::string& text, std::size_t position) {
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + position, '\n')) + 1;
}

inline std::size_t root_start(const std::string& text) {
    std::size_t at = text.find('<');
    while (at != std::string::npos && (text[at + 1] == '?' || text[at + 1] == '!')) {
        at = text.find('<', at + 1);
    }
    REQUIRE(at != std::string::npos);
    return at;
}

inline std::size_t root_end(const std::string& text) { return text.find('>', root_start(text)); }

inline std::string after_root_start(const std::string& text, const std::string& insert) {
    std::string result = text;
    return result.insert(root_end(text) + 1, insert);
}

// Puts `doctype` on line 2, right after the XML declaration, and `reference` into the root's content.
inline std::string with_doctype(const std::string& text, const std::string& doctype, const std::string& reference) {
    std::string result = after_root_start(text, reference);
    const std::size_t declaration_end = result.find("?>");
    REQUIRE(declaration_end != std::string::npos);
    return result.insert(declaration_end + 2, "\n" + doctype);
}

inline std::string billion_laughs() {
    std::string dtd = "<!DOCTYPE bomb [\n<!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 9; ++level) {
        dtd += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int k = 0; k < 10; ++k) {
            dtd += "&lol" + std::to_string(level - 1) + ";";
        }
        dtd += "\">\n";
    }
    return dtd + "]>";
}

inline std::string utf16le_with_bom(const std::string& utf8) {
    std::string out = "\xFF\xFE";
    const auto put = [&out](std::uint32_t unit) {
        out += static_cast<char>(unit & 0xFF);
        out += static_cast<char>(unit >> 8);
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        }
        if (code >= 0x10000) {
            put(0xD800 + ((code - 0x10000) >> 10));
            put(0xDC00 + ((code - 0x10000) & 0x3FF));
        } else {
            put(code);
        }
        i += length;
    }
    return out;
}

// The value right after the first `at` (up to the next '<' or '"') replaced by `value`; in `line`
// the line where a reader reports it.
inline std::string with_value(const std::string& text, const std::string& at, const std::string& value,
                              std::size_t& line) {
    const std::size_t found = text.find(at);
    REQUIRE(found != std::string::npos);
    const std::size_t start = found + at.size();
    const std::size_t end = text.find_first_of("<\"", start);
    line = line_at(text, text.find('>', start));  // a value in a tag is reported where the tag ends
    std::string result = text;
    return result.replace(start, end - start, value);
}

struct Case {
    std::string name;
    std::string bytes;
    std::size_t line;    // where the problem must be reported; 0: any line of the file
    std::string needle;  // what the message must say
    bool record_level;   // one record is bad: a batch format keeps the others
};

inline std::vector<Case> hostile_cases(const Format& format, const std::string& valid, const std::string& secret_file,
                                const LoopbackListener& listener) {
    const std::size_t root_line = line_at(valid, root_end(valid));
    std::vector<Case> cases;
    cases.push_back({"billion-laughs", with_doctype(valid, billion_laughs(), "&lol9;"), 2, "DOCTYPE", false});
    cases.push_back({"xxe-file",
                     with_doctype(valid, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://" + secret_file + "\">]>", "&xxe;"),
                     2, "DOCTYPE", false});
    cases.push_back({"xxe-http",
                     with_doctype(valid, "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + listener.url("entity") + "\">]>",
                                  "&xxe;"),
                     2, "DOCTYPE", false});
    cases.push_back({"external-dtd-http",
                     with_doctype(valid, "<!DOCTYPE x SYSTEM \"" + listener.url("dtd") + "\">", ""), 2, "DOCTYPE",
                     false});
    std::string deep;
    for (int level = 0; level < 200000; ++level) {
        deep += "<d>";
    }
    cases.push_back({"deep-nesting", after_root_start(valid, deep), root_line, "", false});
    std::size_t cut = valid.size() / 2;
    while ((static_cast<unsigned char>(valid[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    cases.push_back({"truncated", valid.substr(0, cut), 0, "rule xml", false});
    cases.push_back({"utf-16", utf16le_with_bom(valid), 1, "UTF-8", false});
    cases.push_back({"latin-1", after_root_start(valid, "<!-- citt\xE0 -->"), line_at(valid, root_end(valid)), "UTF-8",
                     false});
    std::size_t namespace_line = 0;
    cases.push_back({"wrong-namespace", with_value(valid, "xmlns=\"", "urn:example:altro", namespace_line),
                     namespace_line, "namespace", false});
    std::string huge = valid;
    huge.insert(root_end(valid), " nota=\"" + std::string(1 << 20, 'A') + "\"");
    cases.push_back({"huge-attribute", huge, line_at(valid, root_end(valid)), "attribute", false});
    if (!format.number_at.empty()) {
        std::size_t line = 0;
        std::string bytes = with_value(valid, format.number_at, out_of_range, line);
        cases.push_back({"number-out-of-range", bytes, line, "", true});
    }
    if (!format.date_at.empty()) {
        std::size_t line = 0;
        std::string bytes = with_value(valid, format.date_at, "2025-02-30", line);
        cases.push_back({"date-2025-02-30", bytes, line, "", true});
    }
    return cases;
}

}  // namespace gradus::xml::test

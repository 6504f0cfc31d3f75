#include "plain_scanner.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace gradus::xml::detail {

namespace {

// Thrown inside the scanner at the first thing outside the subset.
struct Outside {};

[[noreturn]] void outside() { throw Outside{}; }

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The bytes that end a run of plain text: markup, a reference, a possible "]]>", a line end,
// control characters and the start of every multi-byte character.
constexpr std::array<bool, 256> text_stops = [] {
    std::array<bool, 256> stops{};
    for (int b = 0; b < 0x20; ++b) stops[b] = true;
    for (int b = 0x80; b < 0x100; ++b) stops[b] = true;
    stops['<'] = stops['&'] = stops[']'] = true;
    return stops;
}();

class PlainScanner {
public:
    PlainScanner(std::string_view bytes, const std::string& file, std::string_view target_namespace,
                 Handler& handler, const Limits& limits)
        : m_p(bytes.data()), m_end(bytes.data() + bytes.size()), m_counted(m_p),
          m_where{file, 1, 1}, m_namespace(target_namespace), m_handler(handler), m_limits(limits) {}

    void document() {
        if (starts_with("<?xml ")) declaration();
        misc();
        if (!starts_with("<")) outside();
        elements();
        misc();
        if (m_p != m_end) outside();
    }

private:
    struct OpenElement {
        std::string name;
        std::string text;
    };

    bool starts_with(std::string_view s) const {
        return static_cast<std::size_t>(m_end - m_p) >= s.size() && std::memcmp(m_p, s.data(), s.size()) == 0;
    }

    void expect(std::string_view s) {
        if (!starts_with(s)) outside();
        m_p += s.size();
    }

    // At a line end, LF, CR LF or CR alone (a parser reads each as one LF): moves past it.
    void line_end() {
        if (*m_p == '\r' && m_end - m_p > 1 && m_p[1] == '\n') ++m_p;
        ++m_where.line;
        m_counted = ++m_p;
        m_units = 0;
    }

    // Blanks; true when there was at least one.
    bool space() {
        const char* from = m_p;
        while (m_p != m_end && is_space(*m_p)) {
            if (*m_p == '\n' || *m_p == '\r') {
                line_end();
            } else {
                ++m_p;
            }
        }
        return m_p != from;
    }

    // Blanks inside the XML declaration: spaces only (Xerces does not count a line there).
    bool declaration_space() {
        const char* from = m_p;
        while (m_p != m_end && *m_p == ' ') ++m_p;
        return m_p != from;
    }

    // `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, the last two optional.
    void declaration() {
        m_p += 5;
        declaration_space();
        expect("version");
        if (quoted_value() != "1.0") outside();
        bool spaced = declaration_space();
        if (spaced && starts_with("encoding")) {
            m_p += 8;
            const std::string_view encoding = quoted_value();
            if (encoding.size() != 5 || (encoding[0] | 0x20) != 'u' || (encoding[1] | 0x20) != 't' ||
                (encoding[2] | 0x20) != 'f' || encoding.substr(3) != "-8") {
                outside();
            }
            spaced = declaration_space();
        }
        if (spaced && starts_with("standalone")) {
            m_p += 10;
            const std::string_view standalone = quoted_value();
            if (standalone != "yes" && standalone != "no") outside();
            declaration_space();
        }
        expect("?>");
    }

    // `= "value"` in the declaration: ASCII letters, digits, '.', '-'.
    std::string_view quoted_value() {
        declaration_space();
        expect("=");
        declaration_space();
        if (m_p == m_end || (*m_p != '"' && *m_p != '\'')) outside();
        const char quote = *m_p++;
        const char* from = m_p;
        while (m_p != m_end && (is_name_char(*m_p))) ++m_p;
        if (m_p == m_end || *m_p != quote) outside();
        return {from, static_cast<std::size_t>(m_p++ - from)};
    }

    // Blanks and comments, before or after the root.
    void misc() {
        for (;;) {
            space();
            if (!starts_with("<!--")) return;
            comment();
        }
    }

    // At "<!--": a comment holds no "--" and ends with "-->".
    void comment() {
        m_p += 4;
        for (;;) {
            if (m_p == m_end) outside();
            const char c = *m_p;
            if (c == '-') {
                if (m_end - m_p < 3 || m_p[1] != '-') {
                    ++m_p;
                    continue;
                }
                if (m_p[2] != '>') outside();
                m_p += 3;
                return;
            }
            character(nullptr);
        }
    }

    // One character of text, comment or attribute value at m_p, appended to `out` when given.
    void character(std::string* out) {
        const auto b = static_cast<unsigned char>(*m_p);
        if (b >= 0x80) {
            multibyte(out);
            return;
        }
        if (b == '\n' || b == '\r') {
            line_end();
            if (out) out->push_back('\n');
            return;
        }
        if (b < 0x20 && b != '\t') outside();  // the characters XML 1.0 forbids
        if (out) out->push_back(static_cast<char>(b));
        ++m_p;
    }

    // A character of two to four bytes, strictly UTF-8 and allowed by XML 1.0, not a C1 control.
    void multibyte(std::string* out) {
        const auto at = [&](std::ptrdiff_t i) {
            return m_end - m_p > i ? static_cast<unsigned char>(m_p[i]) : 0;
        };
        const unsigned char lead = at(0);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            if (lead == 0xC2) low = 0xA0;  // U+0080 to U+009F: C1 controls
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;   // overlong
            if (lead == 0xED) high = 0x9F;  // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;   // overlong
            if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
        } else {
            outside();
        }
        if (at(1) < low || at(1) > high) outside();
        for (std::size_t i = 2; i < length; ++i) {
            if (at(static_cast<std::ptrdiff_t>(i)) < 0x80 || at(static_cast<std::ptrdiff_t>(i)) > 0xBF) outside();
        }
        if (lead == 0xEF && at(1) == 0xBF && at(2) >= 0xBE) outside();  // U+FFFE, U+FFFF
        if (lead == 0xE2 && at(1) == 0x80 && at(2) == 0xA8) outside();  // U+2028: Xerces' columns skip it
        if (out) out->append(m_p, length);
        m_p += length;
    }

    // At '&': one of the five predefined entities.
    char reference() {
        static constexpr std::pair<std::string_view, char> entities[] = {
            {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
        for (const auto& [entity, c] : entities) {
            if (starts_with(entity)) {
                m_p += entity.size();
                return c;
            }
        }
        outside();
    }

    std::string_view name() {
        const char* from = m_p;
        if (m_p == m_end || !is_name_start(*m_p)) outside();
        while (++m_p != m_end && is_name_char(*m_p)) {
        }
        if (m_p != m_end && *m_p == ':') outside();
        return {from, static_cast<std::size_t>(m_p - from)};
    }

    // Where a parser reports the callback for a tag that ends just before m_p.
    const SourcePosition& here() {
        for (; m_counted != m_p; ++m_counted) {
            const auto b = static_cast<unsigned char>(*m_counted);
            if ((b & 0xC0) != 0x80) ++m_units;
            if (b >= 0xF0) ++m_units;  // a surrogate pair
        }
        m_where.column = m_units + 1;
        return m_where;
    }

    // The root and everything in it, at its '<'.
    void elements() {
        start_tag();
        while (m_depth > 0) {
            text(m_open[m_depth - 1].text);
            if (starts_with("</")) {
                end_tag();
            } else if (starts_with("<!--")) {
                comment();
            } else if (starts_with("<!") || starts_with("<?")) {
                outside();
            } else {
                start_tag();
            }
        }
    }

    // Character data up to the next '<'.
    void text(std::string& out) {
        for (;;) {
            const char* run = m_p;
            while (m_p != m_end && !text_stops[static_cast<unsigned char>(*m_p)]) ++m_p;
            out.append(run, static_cast<std::size_t>(m_p - run));
            if (m_p == m_end) outside();
            const char c = *m_p;
            if (c == '<') break;
            if (c == '&') {
                out.push_back(reference());
            } else if (c == ']') {
                if (starts_with("]]>")) outside();
                out.push_back(*m_p++);
            } else {
                character(&out);
            }
        }
        if (out.size() > m_limits.max_text_length) outside();
    }

    void start_tag() {
        ++m_p;
        const std::string_view element = name();
        if (++m_depth > m_limits.max_depth) outside();
        if (m_open.size() < m_depth) m_open.emplace_back();
        OpenElement& open = m_open[m_depth - 1];
        open.name.assign(element);
        open.text.clear();
        std::size_t count = 0;
        bool declared = false;
        for (;;) {
            const bool spaced = space();
            if (m_p == m_end) outside();
            if (*m_p == '>' || *m_p == '/') break;
            if (!spaced) outside();
            const std::string_view attribute = name();
            space();
            expect("=");
            space();
            std::string& value = attribute_value(count);
            if (attribute == "xmlns") {
                if (m_depth != 1 || declared || value != m_namespace) outside();
                declared = true;
                continue;
            }
            for (std::size_t i = 0; i < count; ++i) {
                if (m_attributes[i].name == attribute) outside();
            }
            m_attributes[count++].name.assign(attribute);
        }
        if (m_depth == 1 && !declared) outside();
        m_attributes.resize(count);
        const bool empty = *m_p == '/';
        expect(empty ? "/>" : ">");
        m_handler.start_element(open.name, m_attributes, here());
        if (empty) close(open);
    }

    // At the opening quote; the value goes into the slot `count` of m_attributes.
    std::string& attribute_value(std::size_t count) {
        if (m_attributes.size() <= count) m_attributes.resize(count + 1);
        std::string& value = m_attributes[count].value;
        value.clear();
        if (m_p == m_end || (*m_p != '"' && *m_p != '\'')) outside();
        const char quote = *m_p++;
        for (;;) {
            if (m_p == m_end) outside();
            const char c = *m_p;
            if (c == quote) break;
            if (c == '<' || c == '\n' || c == '\t' || c == '\r') outside();  // ill formed; changed to a blank
            if (c == '&') {
                value.push_back(reference());
            } else {
                character(&value);
            }
        }
        ++m_p;
        if (value.size() > m_limits.max_attribute_length) outside();
        return value;
    }

    void end_tag() {
        m_p += 2;
        OpenElement& open = m_open[m_depth - 1];
        if (name() != open.name) outside();
        space();
        expect(">");
        close(open);
    }

    void close(OpenElement& open) {
        --m_depth;
        m_handler.end_element(open.name, std::move(open.text), here());
        open.text.clear();
    }

    const char* m_p;
    const char* m_end;
    const char* m_counted;     // here() has counted the columns up to this byte
    std::uint64_t m_units = 0; // UTF-16 units from the line's start to m_counted
    SourcePosition m_where;
    std::string_view m_namespace;
    Handler& m_handler;
    const Limits& m_limits;
    std::size_t m_depth = 0;
    std::vector<OpenElement> m_open;  // kept for reuse, as the attributes
    std::vector<Attribute> m_attributes;
};

}  // namespace

bool scan_plain(std::string_view bytes, const std::string& file, std::string_view target_namespace, Handler& handler,
                const Limits& limits) {
    if (bytes.empty() || bytes.size() > limits.max_file_bytes) return false;
    try {
        PlainScanner(bytes, file, target_namespace, handler, limits).document();
        return true;
    } catch (const Outside&) {
        return false;
    }
}

}  // namespace gradus::xml::detail

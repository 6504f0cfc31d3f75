#include "input_guard.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string_view>

namespace gradus::xml::detail {

namespace {

constexpr std::size_t max_prolog_bytes = 64 * 1024;

constexpr std::uint64_t byte_ones = 0x0101010101010101;
constexpr std::uint64_t byte_high_bits = 0x8080808080808080;
constexpr std::uint64_t byte_low_bits = 0x7F7F7F7F7F7F7F7F;

// 0x80 in each byte of `word` that equals `byte`, 0 in the others (no carry crosses a byte).
std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte) {
    const std::uint64_t x = word ^ (byte_ones * byte);
    return ~(((x & byte_low_bits) + byte_low_bits) | x | byte_low_bits);
}

// How many bytes of a bytes_equal() mask are set (without a library call for popcount).
std::uint64_t count_marked(std::uint64_t mask) { return ((mask >> 7) * byte_ones) >> 56; }

enum class Prolog { undecided, clean, doctype };

struct PrologScan {
    Prolog verdict;
    std::size_t doctype_at = 0;
};

bool is_prefix_of(std::string_view text, std::string_view whole) {
    return text.size() < whole.size() && whole.substr(0, text.size()) == text;
}

// Walks the prolog (byte order mark, XML declaration, processing instructions, comments,
// blanks) up to the first markup that is none of them.
PrologScan scan_prolog(std::string_view text) {
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    constexpr std::string_view doctype = "<!DOCTYPE";
    constexpr std::string_view comment = "<!--";
    std::size_t i = text.substr(0, bom.size()) == bom ? bom.size() : 0;
    while (true) {
        i = text.find_first_not_of(" \t\r\n", i);
        if (i == std::string_view::npos) {
            return {Prolog::undecided};
        }
        const std::string_view rest = text.substr(i);
        if (rest.substr(0, doctype.size()) == doctype) {
            return {Prolog::doctype, i};
        }
        if (is_prefix_of(rest, doctype) || is_prefix_of(rest, comment)) {
            return {Prolog::undecided};
        }
        std::string_view opening, closing;
        if (rest.substr(0, 2) == "<?") {
            opening = "<?";
            closing = "?>";
        } else if (rest.substr(0, comment.size()) == comment) {
            opening = comment;  // "<!-->" opens a comment, it does not close one
            closing = "-->";
        } else {
            return {Prolog::clean};
        }
        const std::size_t end = text.find(closing, i + opening.size());
        if (end == std::string_view::npos) {
            return {Prolog::undecided};
        }
        i = end + closing.size();
    }
}

}  // namespace

std::size_t InputGuard::check(const unsigned char* bytes, std::size_t count) {
    if (m_refusal) {
        return 0;
    }
    std::size_t accepted = count;
    if (!m_prolog_done) {
        accepted = check_prolog(bytes, count);
    }
    if (m_total + accepted > m_max_bytes) {
        accepted = static_cast<std::size_t>(m_max_bytes - std::min(m_total, m_max_bytes));
    }
    // Bytes are handed over whole characters at a time, so that a refusal leaves the scanner
    // with everything before the offending one.
    std::size_t sequence_start = 0;
    std::size_t i = 0;
    while (i < accepted) {
        if (m_pending == 0 && accepted - i >= 8 && advance_ascii(bytes + i)) {
            i += 8;
            continue;
        }
        if (m_pending == 0) {
            sequence_start = i;
        }
        if (!check_utf8(bytes[i])) {
            return sequence_start;
        }
        advance(bytes[i]);
        ++i;
    }
    m_total += accepted;
    if (accepted < count && !m_refusal) {
        refuse(m_line, m_column, "limit", "input longer than " + std::to_string(m_max_bytes) + " bytes");
    }
    return accepted;
}

void InputGuard::finish() {
    if (m_pending > 0 && !m_refusal) {
        refuse(m_line, m_column, "encoding", "invalid UTF-8: the input ends inside a multi-byte character");
    }
}

std::size_t InputGuard::check_prolog(const unsigned char* bytes, std::size_t count) {
    const std::size_t chunk_start = m_prolog.size();
    m_prolog.append(reinterpret_cast<const char*>(bytes), count);
    const PrologScan scan = scan_prolog(m_prolog);
    if (scan.verdict == Prolog::doctype) {
        // Report the DOCTYPE where it starts: walk the bytes before it.
        InputGuard at(m_file, m_max_bytes);
        for (std::size_t i = 0; i < scan.doctype_at; ++i) {
            at.advance(static_cast<unsigned char>(m_prolog[i]));
        }
        refuse(at.m_line, at.m_column, "doctype", "DOCTYPE not allowed");
        return scan.doctype_at > chunk_start ? scan.doctype_at - chunk_start : 0;
    }
    if (scan.verdict == Prolog::clean || m_prolog.size() > max_prolog_bytes) {
        // Beyond the limit Xerces itself refuses a DOCTYPE (XERCES_DISABLE_DTD, startDTD).
        m_prolog_done = true;
        m_prolog = std::string();
    }
    return count;
}

bool InputGuard::check_utf8(unsigned char byte) {
    if (m_pending > 0) {
        if (byte < m_low || byte > m_high) {
            // The column is that of the character this byte should have completed.
            refuse(m_line, m_column - 1, "encoding",
                   "invalid UTF-8: byte " + std::to_string(byte) + " cannot continue a multi-byte character");
            return false;
        }
        --m_pending;
        m_low = 0x80;
        m_high = 0xBF;
        return true;
    }
    if (byte < 0x80) {
        return true;
    }
    // Lead bytes and the range of the byte after them (Unicode 15, table 3-7).
    if (byte >= 0xC2 && byte <= 0xDF) {
        m_pending = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        m_pending = 2;
        m_low = byte == 0xE0 ? 0xA0 : 0x80;
        m_high = byte == 0xED ? 0x9F : 0xBF;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        m_pending = 3;
        m_low = byte == 0xF0 ? 0x90 : 0x80;
        m_high = byte == 0xF4 ? 0x8F : 0xBF;
    } else {
        refuse(m_line, m_column, "encoding", "invalid UTF-8: byte " + std::to_string(byte) + " cannot start a character");
        return false;
    }
    return true;
}

void InputGuard::advance(unsigned char byte) {
    if (byte == '\n') {
        if (!m_after_cr) {
            ++m_line;
        }
        m_column = 1;
    } else if (byte == '\r') {
        ++m_line;
        m_column = 1;
    } else if ((byte & 0xC0) != 0x80) {
        ++m_column;
    }
    m_after_cr = byte == '\r';
}

bool InputGuard::advance_ascii(const unsigned char* bytes) {
    if constexpr (std::endian::native != std::endian::little) {
        return false;
    }
    std::uint64_t word;
    std::memcpy(&word, bytes, sizeof word);
    if ((word & byte_high_bits) != 0) {
        return false;
    }
    const std::uint64_t lf = bytes_equal(word, '\n');
    const std::uint64_t cr = bytes_equal(word, '\r');
    const std::uint64_t breaks = lf | cr;
    if (breaks == 0) {
        m_column += 8;
        m_after_cr = false;
        return true;
    }
    // As advance(): every CR ends a line, and every LF but one right after a CR.
    const std::uint64_t lf_after_cr = lf & ((cr << 8) | (m_after_cr ? 0x80 : 0));
    m_line += count_marked(breaks) - count_marked(lf_after_cr);
    const int last_break = (63 - std::countl_zero(breaks)) / 8;
    m_column = static_cast<std::uint64_t>(8 - last_break);
    m_after_cr = (cr >> 63) != 0;
    return true;
}

void InputGuard::refuse(std::uint64_t line, std::uint64_t column, std::string rule, std::string message) {
    m_refusal = InputError(InputIssue{SourcePosition{m_file, line, column}, {}, {}, std::move(rule), std::move(message)});
}

}  // namespace gradus::xml::detail

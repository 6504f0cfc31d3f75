#pragma once

#include "gradus/core/errors.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace gradus::xml::detail {

// Checks the raw bytes of a document before Xerces reads them: strict UTF-8 (no overlong forms,
// no surrogates, nothing above U+10FFFF), no DOCTYPE in the prolog, no more bytes than allowed.
// The first problem is kept as an InputError naming the line and column of the offending byte,
// and nothing from there on is accepted.
class InputGuard {
public:
    InputGuard(std::string file, std::uintmax_t max_bytes) : m_file(std::move(file)), m_max_bytes(max_bytes) {}

    // How many of `count` bytes may go on to the scanner: all of them, or those before the problem.
    std::size_t check(const unsigned char* bytes, std::size_t count);
    // At the end of the input: a multi-byte character must not be cut short.
    void finish();
    const std::optional<InputError>& refusal() const { return m_refusal; }

private:
    std::size_t check_prolog(const unsigned char* bytes, std::size_t count);
    bool check_utf8(unsigned char byte);
    void advance(unsigned char byte);
    // advance() over 8 bytes at once when they are all ASCII (then valid UTF-8); false otherwise.
    bool advance_ascii(const unsigned char* bytes);
    void refuse(std::uint64_t line, std::uint64_t column, std::string rule, std::string message);

    std::string m_file;
    std::uintmax_t m_max_bytes;
    std::uintmax_t m_total = 0;
    std::optional<InputError> m_refusal;
    // Position of the next byte: 1-based line and column (in characters).
    std::uint64_t m_line = 1;
    std::uint64_t m_column = 1;
    bool m_after_cr = false;
    // The UTF-8 sequence being read: continuation bytes still due, and the range the next one
    // must fall in (narrower than 80..BF right after some lead bytes).
    int m_pending = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    // The prolog, kept until it is clear whether a DOCTYPE follows.
    bool m_prolog_done = false;
    std::string m_prolog;
};

}  // namespace gradus::xml::detail

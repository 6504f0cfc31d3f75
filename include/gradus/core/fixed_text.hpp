#pragma once

#include "gradus/core/errors.hpp"

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gradus {

// A text of at most N characters held in place, for a field whose length the input's schema fixes
// (an ISO timestamp): a national file of a million records makes no heap allocation for it.
template <std::size_t N>
class FixedText {
    static_assert(N > 0 && N < 256, "the length is kept in one byte");

public:
    FixedText() = default;
    FixedText(std::string_view text) {  // implicit: a FixedText stands for its text
        if (text.size() > N) {
            throw ParseError("'" + std::string(text) + "' is longer than " + std::to_string(N) + " characters");
        }
        text.copy(m_chars.data(), text.size());
        m_size = static_cast<std::uint8_t>(text.size());
    }
    FixedText(const char* text) : FixedText(std::string_view(text)) {}
    FixedText(const std::string& text) : FixedText(std::string_view(text)) {}

    std::string_view view() const { return {m_chars.data(), m_size}; }
    operator std::string_view() const { return view(); }
    std::string str() const { return std::string(view()); }
    bool empty() const { return m_size == 0; }

    friend bool operator==(const FixedText& a, std::string_view b) { return a.view() == b; }
    friend std::strong_ordering operator<=>(const FixedText& a, std::string_view b) { return a.view() <=> b; }

private:
    std::array<char, N> m_chars{};
    std::uint8_t m_size = 0;
};

}  // namespace gradus

#pragma once

#include "gradus/core/byte_sink.hpp"

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::cli {

// Compares a stored document, written to it piece by piece, with the replayed one read from
// `replayed` as it goes, and names the first line where the two part: neither is ever held whole,
// only the line where they differ.
class FirstDifference final : public ByteSink {
public:
    explicit FirstDifference(std::istream& replayed) : m_replayed(replayed) {}

    void write(std::string_view stored) override;

    // Once the whole stored document was written: `line N: stored "..." / replayed "..."` (each
    // line cut at 160 characters), or nothing when the two are the same.
    std::optional<std::string> finish();

private:
    static constexpr std::size_t shown = 160;
    // The text of the current line so far, up to one character past what is shown.
    void extend_line(std::string_view same);
    void found(std::string_view stored_rest, std::string_view replayed_rest);
    static void add_tail(std::string& tail, bool& done, std::string_view more, std::size_t room);
    std::size_t room() const { return m_line.size() > shown ? 0 : shown + 1 - m_line.size(); }

    std::istream& m_replayed;
    std::string m_buffer;
    std::size_t m_line_number = 1;
    std::string m_line;  // the current line up to the point compared, both sides alike
    bool m_differ = false;
    std::string m_stored_tail, m_replayed_tail;  // each side's line from the difference on
    bool m_stored_done = false;
};

}  // namespace gradus::cli

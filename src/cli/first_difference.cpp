#include "gradus/cli/first_difference.hpp"

#include <algorithm>

namespace gradus::cli {

void FirstDifference::extend_line(std::string_view same) {
    const std::size_t last_newline = same.rfind('\n');
    if (last_newline != std::string_view::npos) {
        m_line_number += static_cast<std::size_t>(std::count(same.begin(), same.end(), '\n'));
        m_line.clear();
        same.remove_prefix(last_newline + 1);
    }
    m_line.append(same.substr(0, room()));
}

// Appends `more` to a line's tail until its end of line, or until the line is longer than shown.
void FirstDifference::add_tail(std::string& tail, bool& done, std::string_view more, std::size_t room) {
    if (done) return;
    const std::size_t newline = more.find('\n');
    if (newline != std::string_view::npos) {
        more = more.substr(0, newline);
        done = true;
    }
    tail.append(more.substr(0, room > tail.size() ? room - tail.size() : 0));
    if (tail.size() >= room) done = true;
}

void FirstDifference::found(std::string_view stored_rest, std::string_view replayed_rest) {
    m_differ = true;
    bool replayed_done = false;
    add_tail(m_stored_tail, m_stored_done, stored_rest, room());
    add_tail(m_replayed_tail, replayed_done, replayed_rest, room());
    while (!replayed_done) {
        m_buffer.resize(4096);
        m_replayed.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        const auto got = static_cast<std::size_t>(m_replayed.gcount());
        if (got == 0) break;
        add_tail(m_replayed_tail, replayed_done, std::string_view(m_buffer).substr(0, got), room());
    }
}

void FirstDifference::write(std::string_view stored) {
    if (m_differ) {
        add_tail(m_stored_tail, m_stored_done, stored, room());
        return;
    }
    m_buffer.resize(stored.size());
    m_replayed.read(m_buffer.data(), static_cast<std::streamsize>(stored.size()));
    const std::string_view replayed(m_buffer.data(), static_cast<std::size_t>(m_replayed.gcount()));
    const auto [at, _] = std::mismatch(replayed.begin(), replayed.end(), stored.begin());
    const auto same = static_cast<std::size_t>(at - replayed.begin());
    extend_line(stored.substr(0, same));
    if (same < stored.size()) {
        // Copied before found() reads on into the buffer.
        const std::string replayed_rest(replayed.substr(same));
        found(stored.substr(same), replayed_rest);
    }
}

std::optional<std::string> FirstDifference::finish() {
    if (!m_differ) {
        if (m_replayed.peek() == std::istream::traits_type::eof()) return std::nullopt;
        found({}, {});  // the replayed document goes on past the stored one
    }
    const auto cut = [this](const std::string& tail) {
        const std::string line = m_line + tail;
        return line.size() > shown ? line.substr(0, shown) + "..." : line;
    };
    return "line " + std::to_string(m_line_number) + ": stored \"" + cut(m_stored_tail) + "\" / replayed \"" +
           cut(m_replayed_tail) + "\"";
}

}  // namespace gradus::cli

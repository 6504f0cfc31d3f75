#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// The names of the elements open at a point of a document, root first. The names share one
// buffer, so that a deep or long name costs no allocation once the buffer has grown.
class ElementPath {
public:
    void push(std::string_view name) {
        m_names.append(name);
        m_ends.push_back(m_names.size());
    }
    void pop() {
        m_ends.pop_back();
        m_names.resize(m_ends.empty() ? 0 : m_ends.back());
    }
    std::size_t depth() const { return m_ends.size(); }
    // The innermost open element, and the one holding it ("" when there is none).
    std::string_view current() const { return m_ends.empty() ? std::string_view() : name(m_ends.size() - 1); }
    std::string_view parent() const { return m_ends.size() < 2 ? std::string_view() : name(m_ends.size() - 2); }

private:
    std::string_view name(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_names).substr(begin, m_ends[i] - begin);
    }

    std::string m_names;
    std::vector<std::size_t> m_ends;
};

}  // namespace gradus::xml::detail

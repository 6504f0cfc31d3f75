#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// The names of the elements open at a point of a document, root first.
class ElementPath {
public:
    void push(std::string_view name) { m_names.emplace_back(name); }
    void pop() { m_names.pop_back(); }
    std::size_t depth() const { return m_names.size(); }
    // The innermost open element, and the one holding it ("" when there is none).
    std::string_view current() const { return m_names.empty() ? std::string_view() : m_names.back(); }
    std::string_view parent() const {
        return m_names.size() < 2 ? std::string_view() : m_names[m_names.size() - 2];
    }

private:
    std::vector<std::string> m_names;
};

}  // namespace gradus::xml::detail

#include "criteria_tree.hpp"

#include <algorithm>

namespace gradus::xml::detail {

namespace {

constexpr std::size_t max_reported_violations = 20;

std::string trimmed(const std::string& text) {
    constexpr std::string_view blanks = " \t\r\n";
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(blanks);
    return text.substr(first, last - first + 1);
}

// Builds the tree from the SAX events and keeps every schema violation with the element it
// concerns (the parser reports each while that element is open).
class TreeBuilder final : public Handler {
public:
    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        Element element{std::string(name), {}, attributes, {}, where, {}};
        if (m_open.empty()) {
            element.path = element.name;
            m_root = std::move(element);
            m_open.push_back(&m_root);
            return;
        }
        Element& parent = *m_open.back();
        element.path = m_open.size() == 1 ? element.name : parent.path + "/" + element.name;
        parent.children.push_back(std::move(element));
        m_open.push_back(&parent.children.back());
    }

    void end_element(std::string_view, std::string&& text, const SourcePosition&) override {
        m_open.back()->text = trimmed(text);
        m_open.pop_back();
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        const std::string element = m_open.empty() ? std::string("document") : "<" + m_open.back()->path + ">";
        m_violations.push_back(where.to_string() + ": " + element + ": schema violation: " + message);
    }

    Element take_root() {
        if (!m_violations.empty()) {
            throw ConfigError(joined_violations());
        }
        return std::move(m_root);
    }

private:
    std::string joined_violations() const {
        std::string text;
        const std::size_t shown = std::min(m_violations.size(), max_reported_violations);
        for (std::size_t i = 0; i < shown; ++i) {
            text += (i == 0 ? "" : "\n") + m_violations[i];
        }
        if (m_violations.size() > shown) {
            text += "\n(" + std::to_string(m_violations.size() - shown) + " more schema violations)";
        }
        return text;
    }

    Element m_root;
    // Open elements, innermost last. Only the innermost one gains children, so the pointers to
    // its ancestors stay valid.
    std::vector<Element*> m_open;
    std::vector<std::string> m_violations;
};

}  // namespace

const std::string* Element::attribute(std::string_view attribute_name) const {
    const auto it = std::find_if(attributes.begin(), attributes.end(),
                                 [attribute_name](const Attribute& a) { return a.name == attribute_name; });
    return it == attributes.end() ? nullptr : &it->value;
}

const Element* Element::child(std::string_view child_name) const {
    const auto it = std::find_if(children.begin(), children.end(),
                                 [child_name](const Element& e) { return e.name == child_name; });
    return it == children.end() ? nullptr : &*it;
}

std::vector<const Element*> Element::children_named(std::string_view child_name) const {
    std::vector<const Element*> found;
    for (const Element& e : children) {
        if (e.name == child_name) {
            found.push_back(&e);
        }
    }
    return found;
}

Element read_element_tree(std::string_view bytes, const std::string& name, const Schema& schema) {
    TreeBuilder builder;
    try {
        parse_buffer(bytes, name, schema, builder);
    } catch (const InputError& e) {
        throw ConfigError(e.what());
    }
    return builder.take_root();
}

}  // namespace gradus::xml::detail

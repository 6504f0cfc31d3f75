#pragma once

#include "criteria_tree.hpp"
#include "gradus/core/errors.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// Small accessors over a schema-valid tree, shared by the person-service readers.
inline std::string attribute_or_empty(const Element& e, std::string_view name) {
    const std::string* value = e.attribute(name);
    return value == nullptr ? std::string() : *value;
}

inline std::string text_of(const Element& parent, std::string_view child) {
    const Element* e = parent.child(child);
    return e == nullptr ? std::string() : e->text;
}

inline std::vector<std::string> texts_of(const Element& parent, std::string_view child) {
    std::vector<std::string> values;
    for (const Element* e : parent.children_named(child)) {
        values.push_back(e->text);
    }
    return values;
}

// Throws ConfigError: "`name`: `what`:" and one problem per line; nothing when `problems` is empty.
inline void refuse_problems(const std::string& name, const std::string& what, const std::vector<std::string>& problems) {
    if (problems.empty()) {
        return;
    }
    std::string message = name + ": " + what + ":";
    for (const std::string& p : problems) {
        message += "\n  " + p;
    }
    throw ConfigError(message);
}

}  // namespace gradus::xml::detail

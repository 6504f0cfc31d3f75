#pragma once

#include "gradus/xml/sax_parser.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// The value of a start tag's attribute, or nothing when the tag does not carry it.
inline std::optional<std::string> optional_attribute(const std::vector<Attribute>& attributes,
                                                     std::string_view name) {
    for (const Attribute& a : attributes) {
        if (a.name == name) return a.value;
    }
    return std::nullopt;
}

// The value of a start tag's attribute, empty when the tag does not carry it.
inline std::string attribute(const std::vector<Attribute>& attributes, std::string_view name) {
    return optional_attribute(attributes, name).value_or("");
}

}  // namespace gradus::xml::detail

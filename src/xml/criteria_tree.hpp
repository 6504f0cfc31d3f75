#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// One element of a small document held whole (criteria files are a few kilobytes).
struct Element {
    std::string name;
    std::string path;  // from the root's children, e.g. "isee/tetto"; the root's own name for the root
    std::vector<Attribute> attributes;
    std::string text;  // trimmed of surrounding white space
    SourcePosition where;
    std::vector<Element> children;

    const std::string* attribute(std::string_view attribute_name) const;
    const Element* child(std::string_view child_name) const;
    std::vector<const Element*> children_named(std::string_view child_name) const;
};

// Parses and validates `bytes` against `schema` and returns the root element. Throws ConfigError
// listing every schema violation (file, line, column, element), or the parser's error when the
// document cannot be read.
Element read_element_tree(std::string_view bytes, const std::string& name, const Schema& schema);

}  // namespace gradus::xml::detail

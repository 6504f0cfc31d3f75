#pragma once

#include "shape_check.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <cstddef>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// What gradus's own checks of a schema (CandidatureShape, ProspettoShape, MiratoShape) share: a
// handler that stands between a parse and a reader's handler and checks that the document keeps
// to a schema written as tables (elements, their order and number, attributes, every value). It
// answers only for documents plainly inside the schema: at the first thing it cannot vouch for it
// throws OutsideShape, and the reader validates the document with Xerces instead, which alone
// reports problems. The handler sees what a validating parse gives it: element-only content
// without its blanks, everything else as written.
//
// `Value` lists the schema's simple types (and `complex`); `holds(Value, text)`, found beside it,
// is true only for text Xerces' validation certainly accepts for that type.
template <class Value>
class SchemaShape : public Handler {
public:
    struct Model;

    // An element declaration (its name, its occurrences in the sequence holding it, its type), or
    // with an empty name a wildcard whose content is skipped (processContents="skip").
    struct Particle {
        std::string_view name;
        unsigned min_occurs;
        unsigned max_occurs;
        Value value;
        const Model* model;  // for element content
    };

    struct AttributeUse {
        std::string_view name;
        Value value;
        bool required;
    };

    // A complex type. Taking the first particle that can match a child is exact for a sequence
    // that names no element twice and whose wildcard only ever ends it: each check's tables are such.
    struct Model {
        std::span<const Particle> sequence;
        std::span<const AttributeUse> attributes;
    };

    static constexpr unsigned unbounded = std::numeric_limits<unsigned>::max();

    SchemaShape(Handler& next, const Particle& root) : m_next(next), m_root(root) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) final {
        if (!m_open.empty() && m_open.back().element == nullptr) {
            m_open.push_back(Open{nullptr});  // inside what the schema skips, anything goes
            m_next.start_element(name, attributes, where);
            return;
        }
        const Particle* element = nullptr;
        if (m_open.empty()) {
            if (name == m_root.name) element = &m_root;
        } else if (m_open.back().element->model != nullptr) {
            element = next_child(m_open.back(), name);
        }
        if (element == nullptr) leave("an element the schema does not allow there");
        if (element->name.empty()) {
            m_open.push_back(Open{nullptr});
        } else {
            check_attributes(*element, attributes);
            m_open.push_back(Open{element});
        }
        m_next.start_element(name, attributes, where);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) final {
        const Open& open = m_open.back();
        if (open.element != nullptr && open.element->model != nullptr) {
            if (!is_complete(open)) leave("an element missing");
            if (text.find_first_not_of(" \t\n\r") != std::string::npos) leave("text in element content");
            text.clear();
        } else if (open.element != nullptr && !holds(open.element->value, text)) {
            leave("a value");
        }
        m_open.pop_back();  // what the schema skips keeps its text as written
        m_next.end_element(name, std::move(text), where);
    }

    void validation_error(const SourcePosition&, std::string) final { leave("a validation error"); }

private:
    // An open element, and where its children stand in its type's sequence.
    struct Open {
        const Particle* element;  // nullptr inside what the schema skips
        std::size_t at = 0;       // the particle of its type that the last child matched
        unsigned matched = 0;     // how many children matched it
    };

    [[noreturn]] static void leave(std::string_view why) { throw OutsideShape{why}; }

    // The particle of the open element's sequence that its next child `name` matches, or nullptr.
    static const Particle* next_child(Open& open, std::string_view name) {
        const std::span<const Particle> sequence = open.element->model->sequence;
        while (open.at < sequence.size()) {
            const Particle& particle = sequence[open.at];
            if ((particle.name.empty() || particle.name == name) && open.matched < particle.max_occurs) {
                ++open.matched;
                return &particle;
            }
            if (open.matched < particle.min_occurs) return nullptr;
            ++open.at;
            open.matched = 0;
        }
        return nullptr;
    }

    // Whether the children seen so far complete the open element's sequence.
    static bool is_complete(const Open& open) {
        const std::span<const Particle> sequence = open.element->model->sequence;
        for (std::size_t i = open.at; i < sequence.size(); ++i) {
            if ((i == open.at ? open.matched : 0) < sequence[i].min_occurs) return false;
        }
        return true;
    }

    // Each attribute declared and holding its type (a parse refuses one given twice), every
    // required one given.
    static void check_attributes(const Particle& element, const std::vector<Attribute>& attributes) {
        const std::span<const AttributeUse> uses =
            element.model == nullptr ? std::span<const AttributeUse>{} : element.model->attributes;
        std::size_t required_seen = 0;
        for (const Attribute& attribute : attributes) {
            const AttributeUse* use = nullptr;
            for (const AttributeUse& candidate : uses) {
                if (candidate.name == attribute.name) use = &candidate;
            }
            if (use == nullptr) leave("an attribute the schema does not declare");
            if (!holds(use->value, attribute.value)) leave("an attribute's value");
            if (use->required) ++required_seen;
        }
        std::size_t required = 0;
        for (const AttributeUse& use : uses) required += use.required ? 1 : 0;
        if (required_seen != required) leave("a required attribute missing");
    }

    Handler& m_next;
    const Particle& m_root;
    std::vector<Open> m_open;
};

}  // namespace gradus::xml::detail

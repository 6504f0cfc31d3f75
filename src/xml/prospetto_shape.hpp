#pragma once

#include "shape_sequence.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// Stands between scan_plain() and the prospetto reader's handler, and checks that the document
// keeps to schemas/unipi-pid-1.xsd: the root and its attributes, the order and number of the
// elements, every value the schema types, and nothing in the parts it takes as they come
// (processContents="skip"). It answers only for documents plainly inside the schema: at the first
// thing it cannot vouch for it throws OutsideShape, and the reader validates the document with
// Xerces instead, which alone reports problems. The handler sees what a validating parse gives it:
// element-only content without its blanks, everything else as written.
// The schema's SHA-256 is pinned (prospetto_shape_schema_sha256): an edited schema must be
// checked here again.
class ProspettoShape final : public Handler {
public:
    explicit ProspettoShape(Handler& next) : m_next(next) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override;
    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override;
    void validation_error(const SourcePosition& where, std::string message) override;

    struct Particle;
    struct Model;
    using Open = OpenParticle<Particle>;

private:
    Handler& m_next;
    std::vector<Open> m_open;
};

}  // namespace gradus::xml::detail

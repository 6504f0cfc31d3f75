#pragma once

#include "shape_check.hpp"
#include "shape_sequence.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace gradus::xml::detail {

// Stands between a parse that does not validate and the candidature reader's handler, and checks
// that the document keeps to schemas/candidature-1.xsd: the root, the order and number of the
// elements, the attributes and every value. It answers only for documents plainly inside the
// schema: at the first thing it cannot vouch for it throws OutsideShape, and the reader validates
// the file with Xerces instead, which alone reports problems. The handler sees what a validating
// parse would give it (element-only content without its blanks).
// It relies on the parse for what its callbacks do not show: every element in the schema's
// namespace, no attribute in one, no CDATA section (Schema::validate false).
// The schema's SHA-256 is pinned by a test: an edited schema must be checked here again.
class CandidatureShape final : public Handler {
public:
    explicit CandidatureShape(Handler& next) : m_next(next) {}

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

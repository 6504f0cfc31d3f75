#pragma once

#include "gradus/core/byte_sink.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::report {

// Attributes in the order they are written; values are plain text, escaped by the writer.
using XmlAttributes = std::vector<std::pair<std::string_view, std::string>>;

inline constexpr std::string_view xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// Builds a UTF-8 XML document element by element, indented by two spaces per level, so that the
// same calls always give the same bytes.
class XmlWriter {
public:
    XmlWriter();  // a whole document in its own buffer, starting with the XML declaration
    // Elements appended to `out`, indented as the content of `depth` elements opened elsewhere:
    // a piece of a streamed document, without the declaration.
    XmlWriter(std::string& out, std::size_t depth);
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    void open(std::string_view name, const XmlAttributes& attributes = {});
    void leaf(std::string_view name, const XmlAttributes& attributes = {});  // an empty element
    void close();  // the innermost open element

    // The same elements built attribute by attribute, with no list of attributes in between:
    // start(name), then attribute() for each, then end_open() or end_leaf().
    void start(std::string_view name);
    void attribute(std::string_view name, std::string_view value);  // escaped
    void attribute(std::string_view name, long long value);
    void end_open();
    void end_leaf();

    // The document; throws InternalError while an element is still open.
    const std::string& bytes() const;

    // Hands the bytes written so far to `sink` and forgets them (elements may still be open), so
    // a long document goes out in pieces.
    void flush_to(ByteSink& sink);
    std::size_t held_bytes() const { return m_out->size(); }  // written and not yet flushed

private:
    void indent();

    std::string m_own;
    std::string* m_out;
    std::size_t m_depth = 0;  // elements opened outside this writer
    std::vector<std::string> m_open;  // innermost last; from start() on
};

}  // namespace gradus::report

#pragma once

#include "gradus/core/byte_sink.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::report {

// Attributes in the order they are written; values are plain text, escaped by the writer.
using XmlAttributes = std::vector<std::pair<std::string_view, std::string>>;

// Builds a UTF-8 XML document element by element, indented by two spaces per level, so that the
// same calls always give the same bytes.
class XmlWriter {
public:
    XmlWriter();  // writes the XML declaration

    void open(std::string_view name, const XmlAttributes& attributes = {});
    void leaf(std::string_view name, const XmlAttributes& attributes = {});  // an empty element
    void close();  // the innermost open element

    // The document; throws InternalError while an element is still open.
    const std::string& bytes() const;
    // Hands the bytes written so far to `sink` and forgets them (elements may still be open), so
    // a long document goes out in pieces.
    void flush_to(ByteSink& sink);
    std::size_t held_bytes() const { return m_bytes.size(); }  // written and not yet flushed

private:
    void start_tag(std::string_view name, const XmlAttributes& attributes);

    std::string m_bytes;
    std::vector<std::string> m_open;
};

}  // namespace gradus::report

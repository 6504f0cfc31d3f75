#pragma once

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

private:
    void start_tag(std::string_view name, const XmlAttributes& attributes);

    std::string m_bytes;
    std::vector<std::string> m_open;
};

}  // namespace gradus::report

#include "gradus/report/xml_writer.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/report/xml_escape.hpp"

namespace gradus::report {

XmlWriter::XmlWriter() : m_bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {}

void XmlWriter::open(std::string_view name, const XmlAttributes& attributes) {
    start_tag(name, attributes);
    m_bytes += ">\n";
    m_open.emplace_back(name);
}

void XmlWriter::leaf(std::string_view name, const XmlAttributes& attributes) {
    start_tag(name, attributes);
    m_bytes += "/>\n";
}

void XmlWriter::close() {
    if (m_open.empty()) {
        throw InternalError("XmlWriter: close() without an open element");
    }
    const std::string name = std::move(m_open.back());
    m_open.pop_back();
    m_bytes.append(2 * m_open.size(), ' ');
    m_bytes += "</" + name + ">\n";
}

const std::string& XmlWriter::bytes() const {
    if (!m_open.empty()) {
        throw InternalError("XmlWriter: element <" + m_open.back() + "> is still open");
    }
    return m_bytes;
}

void XmlWriter::flush_to(ByteSink& sink) {
    sink.write(m_bytes);
    m_bytes.clear();
}

void XmlWriter::start_tag(std::string_view name, const XmlAttributes& attributes) {
    m_bytes.append(2 * m_open.size(), ' ');
    m_bytes += '<';
    m_bytes += name;
    for (const auto& [attribute, value] : attributes) {
        m_bytes += ' ';
        m_bytes += attribute;
        m_bytes += "=\"";
        if (needs_xml_escape(value)) {
            m_bytes += escape_xml(value);
        } else {
            m_bytes += value;
        }
        m_bytes += '"';
    }
}

}  // namespace gradus::report

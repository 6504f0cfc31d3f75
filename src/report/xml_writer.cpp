#include "gradus/report/xml_writer.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/report/xml_escape.hpp"

#include <charconv>

namespace gradus::report {

XmlWriter::XmlWriter() : m_own(xml_declaration), m_out(&m_own) {}

XmlWriter::XmlWriter(std::string& out, std::size_t depth) : m_out(&out), m_depth(depth) {}

void XmlWriter::open(std::string_view name, const XmlAttributes& attributes) {
    start(name);
    for (const auto& [attribute_name, value] : attributes) {
        attribute(attribute_name, value);
    }
    end_open();
}

void XmlWriter::leaf(std::string_view name, const XmlAttributes& attributes) {
    start(name);
    for (const auto& [attribute_name, value] : attributes) {
        attribute(attribute_name, value);
    }
    end_leaf();
}

void XmlWriter::close() {
    if (m_open.empty()) {
        throw InternalError("XmlWriter: close() without an open element");
    }
    const std::string name = std::move(m_open.back());
    m_open.pop_back();
    indent();
    *m_out += "</";
    *m_out += name;
    *m_out += ">\n";
}

void XmlWriter::start(std::string_view name) {
    indent();
    m_out->push_back('<');
    m_out->append(name);
    m_open.emplace_back(name);
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
    m_out->push_back(' ');
    m_out->append(name);
    m_out->append("=\"");
    append_escaped_xml(*m_out, value);
    m_out->push_back('"');
}

void XmlWriter::attribute(std::string_view name, long long value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    attribute(name, std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void XmlWriter::end_open() { *m_out += ">\n"; }

void XmlWriter::end_leaf() {
    if (m_open.empty()) {
        throw InternalError("XmlWriter: end_leaf() without start()");
    }
    m_open.pop_back();
    *m_out += "/>\n";
}

const std::string& XmlWriter::bytes() const {
    if (!m_open.empty()) {
        throw InternalError("XmlWriter: element <" + m_open.back() + "> is still open");
    }
    return *m_out;
}

void XmlWriter::indent() { m_out->append(2 * (m_depth + m_open.size()), ' '); }

void XmlWriter::flush_to(ByteSink& sink) {
    sink.write(*m_out);
    m_out->clear();
}

}  // namespace gradus::report

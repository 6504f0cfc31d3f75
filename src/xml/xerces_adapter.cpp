#include "xerces_adapter.hpp"

#include "utf16.hpp"

#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/util/XMLString.hpp>

namespace gradus::xml::detail {

namespace xc = xercesc;

InputError input_error(SourcePosition where, std::string rule, std::string message) {
    return InputError(InputIssue{std::move(where), {}, {}, std::move(rule), std::move(message)});
}

namespace {

bool is_blank(std::u16string_view text) {
    for (const char16_t c : text) {
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') return false;
    }
    return true;
}

// A handler's ParseError or OverflowError carries no position: it leaves with the parser's, taken
// while the parser still knows it.
template <typename Call>
void to_handler(const XercesAdapter& adapter, Call call) {
    try {
        call();
    } catch (const ParseError& e) {
        throw input_error(adapter.position(), "valore", e.what());
    } catch (const OverflowError& e) {
        throw input_error(adapter.position(), "valore", e.what());
    }
}

}  // namespace

const SourcePosition& XercesAdapter::here() const {
    m_where.line = m_locator == nullptr ? 0 : m_locator->getLineNumber();
    m_where.column = m_locator == nullptr ? 0 : m_locator->getColumnNumber();
    return m_where;
}

void XercesAdapter::startDTD(const XMLCh*, const XMLCh*, const XMLCh*) {
    throw input_error(position(), "doctype", "DOCTYPE not allowed");
}

void XercesAdapter::startElement(const XMLCh* uri, const XMLCh* localname, const XMLCh*,
                                 const xc::Attributes& attributes) {
    if (m_depth == 0) {
        check_root_namespace(uri, localname);
    } else if (!m_schema.validate) {
        check_namespace(uri, localname);
    }
    if (++m_depth > m_limits.max_depth) {
        throw input_error(position(), "limit",
                          "elements nested deeper than " + std::to_string(m_limits.max_depth));
    }
    if (m_open.size() < m_depth) {
        m_open.emplace_back();
    }
    OpenElement& element = m_open[m_depth - 1];
    element.name.clear();
    append_utf8(element.name, localname, xc::XMLString::stringLen(localname));
    element.text.clear();
    read_attributes(attributes);
    to_handler(*this, [&] { m_handler.start_element(element.name, m_attributes, here()); });
    flush_validation_errors();
}

void XercesAdapter::endElement(const XMLCh*, const XMLCh*, const XMLCh*) {
    flush_validation_errors();
    const OpenElement& element = m_open[m_depth - 1];
    const std::u16string& raw = element.text;
    m_text.clear();
    if (!append_utf8(m_text, raw.data(), raw.size())) {
        throw input_error(position(), "encoding", "text holds an unpaired UTF-16 surrogate");
    }
    check_text_length(m_text.size());
    --m_depth;
    to_handler(*this, [&] { m_handler.end_element(element.name, std::move(m_text), here()); });
}

void XercesAdapter::characters(const XMLCh* chars, const XMLSize_t length) {
    if (m_depth == 0) {
        return;
    }
    std::u16string& text = m_open[m_depth - 1].text;
    // Without the grammar the blanks between elements reach this call (a validating parse reports
    // them as ignorable), and the root of a file of a million records would gather them up to the
    // text limit: blanks that begin an element's text are kept as one blank.
    if (!m_schema.validate && is_blank(std::u16string_view(chars, length)) && is_blank(text)) {
        if (text.empty() && length > 0) text.push_back(u' ');
        return;
    }
    text.append(chars, length);
    // UTF-8 never takes fewer bytes than UTF-16 units, so this bound holds before converting.
    check_text_length(text.size());
}

void XercesAdapter::startCDATA() {
    if (!m_schema.validate) {
        throw input_error(position(), "cdata", "CDATA section in a document read without its schema");
    }
}

void XercesAdapter::endDocument() { flush_validation_errors(); }

// Instance documents may name no resource at all: every external entity, DTD or schema
// location is refused.
xc::InputSource* XercesAdapter::resolveEntity(const XMLCh*, const XMLCh* system_id) {
    throw input_error(position(), "external", "external resource refused: '" + to_utf8(system_id) + "'");
}

void XercesAdapter::warning(const xc::SAXParseException&) {}

void XercesAdapter::error(const xc::SAXParseException& e) {
    SourcePosition where{m_where.file, e.getLineNumber(), e.getColumnNumber()};
    if (m_loading_grammar) {
        throw ConfigError("schema " + where.to_string() + ": " + to_utf8(e.getMessage()));
    }
    m_pending.emplace_back(std::move(where), to_utf8(e.getMessage()));
}

void XercesAdapter::fatalError(const xc::SAXParseException& e) {
    SourcePosition where{m_where.file, e.getLineNumber(), e.getColumnNumber()};
    std::string message = to_utf8(e.getMessage());
    if (m_loading_grammar) {
        throw ConfigError("schema " + where.to_string() + ": " + message);
    }
    if (m_input_refusal) {
        throw *m_input_refusal;  // the scanner only saw the input end where the guard stopped it
    }
    throw input_error(std::move(where), "xml", "not well-formed: " + message);
}

void XercesAdapter::check_root_namespace(const XMLCh* uri, const XMLCh* localname) const {
    const std::string found = to_utf8(uri);
    if (found != m_schema.target_namespace) {
        throw input_error(position(), "namespace",
                          "wrong namespace '" + found + "' on root element <" + to_utf8(localname) +
                              ">, expected '" + m_schema.target_namespace + "'");
    }
}

// Without the grammar no one else would see an element of another namespace: every element of a
// project format is in the schema's one.
void XercesAdapter::check_namespace(const XMLCh* uri, const XMLCh* localname) {
    if (uri == m_namespace_seen) return;
    if (std::u16string_view(uri) != m_namespace) {
        throw input_error(position(), "namespace",
                          "element <" + to_utf8(localname) + "> in namespace '" + to_utf8(uri) + "', expected '" +
                              m_schema.target_namespace + "'");
    }
    m_namespace_seen = uri;
}

void XercesAdapter::read_attributes(const xc::Attributes& attributes) {
    const XMLSize_t count = attributes.getLength();
    m_attributes.resize(count);
    for (XMLSize_t i = 0; i < count; ++i) {
        Attribute& attribute = m_attributes[i];
        attribute.name = to_utf8(attributes.getLocalName(i));
        if (!m_schema.validate && *attributes.getURI(i) != 0) {
            // Project formats declare only unqualified attributes (xsi:* included).
            throw input_error(position(), "namespace",
                              "attribute '" + attribute.name + "' in namespace '" + to_utf8(attributes.getURI(i)) +
                                  "', expected none");
        }
        attribute.value.clear();
        const XMLCh* value = attributes.getValue(i);
        const XMLSize_t length = xc::XMLString::stringLen(value);
        if (length > m_limits.max_attribute_length ||
            !append_utf8(attribute.value, value, length) ||
            attribute.value.size() > m_limits.max_attribute_length) {
            throw input_error(position(), "limit",
                              "attribute '" + attribute.name + "' longer than " +
                                  std::to_string(m_limits.max_attribute_length) + " bytes");
        }
    }
}

void XercesAdapter::check_text_length(std::size_t length) const {
    if (length > m_limits.max_text_length) {
        throw input_error(position(), "limit",
                          "element text longer than " + std::to_string(m_limits.max_text_length) + " bytes");
    }
}

void XercesAdapter::send_validation_errors() {
    for (auto& [where, message] : m_pending) {
        m_handler.validation_error(where, std::move(message));
    }
    m_pending.clear();
}

}  // namespace gradus::xml::detail

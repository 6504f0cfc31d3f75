#pragma once

#include "gradus/xml/sax_parser.hpp"

#include "utf16.hpp"

#include <xercesc/sax2/DefaultHandler.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gradus::xml::detail {

InputError input_error(SourcePosition where, std::string rule, std::string message);

// Turns Xerces' SAX2 callbacks into Handler calls, enforcing the limits and the hardening
// rules that only a callback can enforce (no DOCTYPE, no external resource, the root's namespace).
class XercesAdapter final : public xercesc::DefaultHandler {
public:
    // `input_refusal` is the input guard's: when set, it explains any fatal error that follows.
    XercesAdapter(std::string file, const Schema& schema, Handler& handler, const Limits& limits,
                  const std::optional<InputError>& input_refusal)
        : m_where{std::move(file), 0, 0}, m_schema(schema), m_handler(handler), m_limits(limits),
          m_input_refusal(input_refusal), m_namespace(to_utf16(schema.target_namespace).value_or(u"")) {}

    SourcePosition position() const { return here(); }
    // While the grammar loads, its errors are configuration errors.
    void set_loading_grammar(bool loading) { m_loading_grammar = loading; }

    void setDocumentLocator(const xercesc::Locator* locator) override { m_locator = locator; }
    void startDTD(const XMLCh* name, const XMLCh* public_id, const XMLCh* system_id) override;
    void startElement(const XMLCh* uri, const XMLCh* localname, const XMLCh* qname,
                      const xercesc::Attributes& attributes) override;
    void endElement(const XMLCh* uri, const XMLCh* localname, const XMLCh* qname) override;
    void characters(const XMLCh* chars, XMLSize_t length) override;
    void startCDATA() override;
    void endDocument() override;
    xercesc::InputSource* resolveEntity(const XMLCh* public_id, const XMLCh* system_id) override;
    void warning(const xercesc::SAXParseException& e) override;
    void error(const xercesc::SAXParseException& e) override;
    void fatalError(const xercesc::SAXParseException& e) override;

private:
    // Where the parser stands, kept in one object so that the file name is not copied per call.
    const SourcePosition& here() const;
    void check_root_namespace(const XMLCh* uri, const XMLCh* localname) const;
    void check_namespace(const XMLCh* uri, const XMLCh* localname);
    void read_attributes(const xercesc::Attributes& attributes);
    void check_text_length(std::size_t length) const;
    void flush_validation_errors() {
        if (!m_pending.empty()) send_validation_errors();
    }
    void send_validation_errors();

    mutable SourcePosition m_where;
    const Schema& m_schema;
    Handler& m_handler;
    const Limits& m_limits;
    const std::optional<InputError>& m_input_refusal;
    const std::u16string m_namespace;  // the schema's, as Xerces gives it
    // Where Xerces keeps the schema's namespace: its string pool holds each URI at one place for
    // the whole parse, so an element naming it from there needs no comparison.
    const XMLCh* m_namespace_seen = nullptr;
    const xercesc::Locator* m_locator = nullptr;
    bool m_loading_grammar = false;
    std::size_t m_depth = 0;
    // One per open element, root first, kept for reuse: its local name in UTF-8 (an end tag
    // names the element its start tag opened) and its text as the scanner hands it over.
    struct OpenElement {
        std::string name;
        std::u16string text;
    };
    std::vector<OpenElement> m_open;
    std::string m_text;                   // the UTF-8 text handed over; reused unless the handler takes it
    std::vector<Attribute> m_attributes;
    // Schema violations wait for the next start or end tag, so that each reaches the handler
    // while the element it concerns is open (Xerces reports it before the element's callback).
    std::vector<std::pair<SourcePosition, std::string>> m_pending;
};

}  // namespace gradus::xml::detail

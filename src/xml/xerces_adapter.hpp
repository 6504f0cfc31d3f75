#pragma once

#include "gradus/xml/sax_parser.hpp"

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
        : m_file(std::move(file)), m_schema(schema), m_handler(handler), m_limits(limits),
          m_input_refusal(input_refusal) {}

    SourcePosition position() const;
    // While the grammar loads, its errors are configuration errors.
    void set_loading_grammar(bool loading) { m_loading_grammar = loading; }

    void setDocumentLocator(const xercesc::Locator* locator) override { m_locator = locator; }
    void startDTD(const XMLCh* name, const XMLCh* public_id, const XMLCh* system_id) override;
    void startElement(const XMLCh* uri, const XMLCh* localname, const XMLCh* qname,
                      const xercesc::Attributes& attributes) override;
    void endElement(const XMLCh* uri, const XMLCh* localname, const XMLCh* qname) override;
    void characters(const XMLCh* chars, XMLSize_t length) override;
    void endDocument() override;
    xercesc::InputSource* resolveEntity(const XMLCh* public_id, const XMLCh* system_id) override;
    void warning(const xercesc::SAXParseException& e) override;
    void error(const xercesc::SAXParseException& e) override;
    void fatalError(const xercesc::SAXParseException& e) override;

private:
    void check_root_namespace(const XMLCh* uri, const XMLCh* localname) const;
    void read_attributes(const xercesc::Attributes& attributes);
    void check_text_length(std::size_t length) const;
    const std::string& name_of(const XMLCh* localname);
    void flush_validation_errors();

    std::string m_file;
    const Schema& m_schema;
    Handler& m_handler;
    const Limits& m_limits;
    const std::optional<InputError>& m_input_refusal;
    const xercesc::Locator* m_locator = nullptr;
    bool m_loading_grammar = false;
    std::size_t m_depth = 0;
    std::vector<std::u16string> m_texts;  // one buffer per open element, reused
    std::vector<Attribute> m_attributes;
    std::string m_name;
    // Schema violations wait for the next start or end tag, so that each reaches the handler
    // while the element it concerns is open (Xerces reports it before the element's callback).
    std::vector<std::pair<SourcePosition, std::string>> m_pending;
};

}  // namespace gradus::xml::detail

#include "hardened_reader.hpp"

#include "utf16.hpp"

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include <optional>

namespace gradus::xml::detail {

namespace xc = xercesc;

namespace {

void load_schema(xc::SAX2XMLReader& reader, XercesAdapter& adapter, const Schema& schema) {
    const std::optional<std::u16string> path = to_utf16(schema.xsd.string());
    if (!path) {
        throw ConfigError("schema path is not valid UTF-8: " + schema.xsd.string());
    }
    const xc::LocalFileInputSource source(path->c_str());
    adapter.set_loading_grammar(true);
    const xc::Grammar* grammar = reader.loadGrammar(source, xc::Grammar::SchemaGrammarType, true);
    adapter.set_loading_grammar(false);
    if (grammar == nullptr || to_utf8(grammar->getTargetNamespace()) != schema.target_namespace) {
        throw ConfigError("schema " + schema.xsd.string() + " does not define namespace '" +
                          schema.target_namespace + "'");
    }
}

}  // namespace

HardenedReader::HardenedReader(const Schema& schema, XercesAdapter& adapter)
    : m_reader(xc::XMLReaderFactory::createXMLReader()) {
    m_reader->setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
    m_reader->setFeature(xc::XMLUni::fgSAX2CoreValidation, schema.validate);
    m_reader->setFeature(xc::XMLUni::fgXercesDynamic, false);
    m_reader->setFeature(xc::XMLUni::fgXercesSchema, schema.validate);
    m_reader->setFeature(xc::XMLUni::fgXercesSchemaFullChecking, false);
    m_reader->setFeature(xc::XMLUni::fgXercesValidationErrorAsFatal, false);
    m_reader->setFeature(xc::XMLUni::fgXercesLoadSchema, false);
    m_reader->setFeature(xc::XMLUni::fgXercesUseCachedGrammarInParse, true);
    m_reader->setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
    m_reader->setFeature(xc::XMLUni::fgXercesDisableDefaultEntityResolution, true);
    m_security.setEntityExpansionLimit(1000);
    m_reader->setProperty(xc::XMLUni::fgXercesSecurityManager, &m_security);
    bind(adapter);
    if (schema.validate) {
        load_schema(*m_reader, adapter, schema);
    }
}

void HardenedReader::bind(XercesAdapter& adapter) {
    m_reader->setContentHandler(&adapter);
    m_reader->setErrorHandler(&adapter);
    m_reader->setLexicalHandler(&adapter);
    m_reader->setEntityResolver(&adapter);
}

}  // namespace gradus::xml::detail

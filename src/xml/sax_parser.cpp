#include "gradus/xml/sax_parser.hpp"

#include "guarded_source.hpp"
#include "utf16.hpp"
#include "xerces_adapter.hpp"

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include <optional>
#include <system_error>

namespace gradus::xml {

namespace {

namespace xc = xercesc;

using detail::input_error;
using detail::to_utf8;
using detail::XercesAdapter;

// One reader per parse, validating against a grammar loaded from a local file only; no DTD, no
// external entity, no schema location taken from the document (docs: cpp-notes §2.1 and §4).
std::unique_ptr<xc::SAX2XMLReader> make_hardened_reader(XercesAdapter& adapter, xc::SecurityManager& security) {
    std::unique_ptr<xc::SAX2XMLReader> reader(xc::XMLReaderFactory::createXMLReader());
    reader->setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
    reader->setFeature(xc::XMLUni::fgSAX2CoreValidation, true);
    reader->setFeature(xc::XMLUni::fgXercesDynamic, false);
    reader->setFeature(xc::XMLUni::fgXercesSchema, true);
    reader->setFeature(xc::XMLUni::fgXercesSchemaFullChecking, false);
    reader->setFeature(xc::XMLUni::fgXercesValidationErrorAsFatal, false);
    reader->setFeature(xc::XMLUni::fgXercesLoadSchema, false);
    reader->setFeature(xc::XMLUni::fgXercesUseCachedGrammarInParse, true);
    reader->setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
    reader->setFeature(xc::XMLUni::fgXercesDisableDefaultEntityResolution, true);
    security.setEntityExpansionLimit(1000);
    reader->setProperty(xc::XMLUni::fgXercesSecurityManager, &security);
    reader->setContentHandler(&adapter);
    reader->setErrorHandler(&adapter);
    reader->setLexicalHandler(&adapter);
    reader->setEntityResolver(&adapter);
    return reader;
}

void load_schema(xc::SAX2XMLReader& reader, XercesAdapter& adapter, const Schema& schema) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(schema.xsd, ec)) {
        throw ConfigError("schema not found: " + schema.xsd.string());
    }
    const std::optional<std::u16string> path = detail::to_utf16(schema.xsd.string());
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

void parse_source(std::unique_ptr<xc::InputSource> input, const std::string& name, const Schema& schema,
                  Handler& handler, const Limits& limits) {
    detail::GuardedSource source(std::move(input), detail::InputGuard(name, limits.max_file_bytes));
    source.setEncoding(u"UTF-8");  // both formats are UTF-8 only, whatever the declaration says
    XercesAdapter adapter(name, schema, handler, limits, source.refusal());
    xc::SecurityManager security;
    const std::unique_ptr<xc::SAX2XMLReader> reader = make_hardened_reader(adapter, security);
    load_schema(*reader, adapter, schema);
    try {
        reader->parse(source);
    } catch (const xc::XMLException& e) {
        throw input_error(adapter.position(), "xml", to_utf8(e.getMessage()));
    } catch (const xc::SAXException& e) {
        throw input_error(adapter.position(), "xml", to_utf8(e.getMessage()));
    }
    if (source.refusal()) {
        throw *source.refusal();
    }
}

void check_size(std::uintmax_t size, const std::string& name, const Limits& limits) {
    if (size > limits.max_file_bytes) {
        throw input_error(SourcePosition{name, 0, 0}, "limit",
                          "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                              std::to_string(limits.max_file_bytes));
    }
}

}  // namespace

void parse_file(const std::filesystem::path& file, const Schema& schema, Handler& handler, const Limits& limits) {
    ensure_runtime();
    const std::string name = file.string();
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) {
        throw input_error(SourcePosition{name, 0, 0}, "file", "cannot read: " + ec.message());
    }
    check_size(size, name, limits);
    const std::optional<std::u16string> path = detail::to_utf16(name);
    if (!path) {
        throw input_error(SourcePosition{name, 0, 0}, "file", "the file name is not valid UTF-8");
    }
    parse_source(std::make_unique<xc::LocalFileInputSource>(path->c_str()), name, schema, handler, limits);
}

void parse_buffer(std::string_view bytes, const std::string& name, const Schema& schema, Handler& handler,
                  const Limits& limits) {
    ensure_runtime();
    check_size(bytes.size(), name, limits);
    // The name only labels messages; Xerces keeps it as the document's system id.
    const std::u16string id = detail::to_utf16(name).value_or(u"document");
    parse_source(std::make_unique<xc::MemBufInputSource>(reinterpret_cast<const XMLByte*>(bytes.data()),
                                                         bytes.size(), id.c_str()),
                 name, schema, handler, limits);
}

}  // namespace gradus::xml

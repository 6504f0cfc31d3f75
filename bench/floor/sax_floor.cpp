// The parsing floor: a bare Xerces SAX2 pass over the candidature files, with a handler that only
// counts elements, validating against the XSD (grammar loaded and cached once per parser) or not,
// with one or more parsers working on whole files side by side.
#include "floor.hpp"

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>

namespace floor_bench {
namespace {

namespace xc = xercesc;

class CountingHandler : public xc::DefaultHandler {
public:
    void startElement(const XMLCh*, const XMLCh*, const XMLCh*, const xc::Attributes&) override { ++elements; }
    void error(const xc::SAXParseException& e) override { ++errors; (void)e; }
    void fatalError(const xc::SAXParseException& e) override { ++errors; (void)e; }
    std::size_t elements = 0;
    std::size_t errors = 0;
};

std::unique_ptr<xc::SAX2XMLReader> make_reader(const std::string& xsd, bool validate) {
    std::unique_ptr<xc::SAX2XMLReader> reader(xc::XMLReaderFactory::createXMLReader());
    reader->setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
    reader->setFeature(xc::XMLUni::fgSAX2CoreValidation, validate);
    reader->setFeature(xc::XMLUni::fgXercesDynamic, false);
    reader->setFeature(xc::XMLUni::fgXercesSchema, validate);
    reader->setFeature(xc::XMLUni::fgXercesSchemaFullChecking, false);
    reader->setFeature(xc::XMLUni::fgXercesLoadSchema, false);
    reader->setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
    if (validate) {
        reader->setFeature(xc::XMLUni::fgXercesUseCachedGrammarInParse, true);
        XMLCh* path = xc::XMLString::transcode(xsd.c_str());
        const xc::LocalFileInputSource source(path);
        xc::XMLString::release(&path);
        if (reader->loadGrammar(source, xc::Grammar::SchemaGrammarType, true) == nullptr) {
            throw std::runtime_error("cannot load " + xsd);
        }
    }
    return reader;
}

}  // namespace

SaxResult sax_pass(const std::vector<std::string>& files, const std::string& xsd, bool validate, unsigned parsers) {
    std::atomic<std::size_t> next{0};
    std::vector<CountingHandler> handlers(parsers);
    std::vector<std::thread> threads;
    for (unsigned p = 0; p < parsers; ++p) {
        threads.emplace_back([&, p] {
            auto reader = make_reader(xsd, validate);
            reader->setContentHandler(&handlers[p]);
            reader->setErrorHandler(&handlers[p]);
            for (std::size_t i = next++; i < files.size(); i = next++) reader->parse(files[i].c_str());
        });
    }
    for (auto& t : threads) t.join();
    SaxResult result;
    for (const auto& h : handlers) {
        result.elements += h.elements;
        result.errors += h.errors;
    }
    return result;
}

}  // namespace floor_bench

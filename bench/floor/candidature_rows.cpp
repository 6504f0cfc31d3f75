// Reads the fields the SQL ranking needs from candidature files with a non-validating SAX2 pass.
#include "floor.hpp"

#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/XMLUni.hpp>

#include <memory>
#include <string_view>

namespace floor_bench {
namespace {

namespace xc = xercesc;

std::string ascii(const XMLCh* text, std::size_t length) {
    std::string out(length, '\0');
    for (std::size_t i = 0; i < length; ++i) out[i] = static_cast<char>(text[i]);
    return out;
}

std::string ascii(const XMLCh* text) {
    std::size_t length = 0;
    while (text[length] != 0) ++length;
    return ascii(text, length);
}

class RowHandler : public xc::DefaultHandler {
public:
    explicit RowHandler(std::vector<CandidaturaRow>& rows) : m_rows(rows) {}

    void startElement(const XMLCh*, const XMLCh* local, const XMLCh*, const xc::Attributes& attributes) override {
        const std::string name = ascii(local);
        m_text.clear();
        if (name == "candidatura") {
            m_rows.emplace_back();
            m_rows.back().protocollo = ascii(attributes.getValue(XMLSize_t{0}));
        } else if (name == "familiare") {
            m_in_family = true;
        }
    }

    void endElement(const XMLCh*, const XMLCh* local, const XMLCh*) override {
        const std::string name = ascii(local);
        if (m_rows.empty()) return;
        auto& row = m_rows.back();
        if (name == "familiare") m_in_family = false;
        else if (name == "codice_fiscale") row.codice_fiscale = m_text;
        else if (name == "presentata") row.presentata = m_text.substr(0, 10);
        else if (name == "nascita" && !m_in_family) row.nascita = m_text;
        else if (name == "did") row.did = m_text;
        else if (name == "valore") row.isee = m_text;
        else if (name == "scadenza") row.isee_scadenza = m_text;
        else if (name == "difformita") row.difformita = m_text;
        else if (name == "requisiti_generali") row.requisiti = m_text;
    }

    void characters(const XMLCh* chars, const XMLSize_t length) override { m_text += ascii(chars, length); }

private:
    std::vector<CandidaturaRow>& m_rows;
    std::string m_text;
    bool m_in_family = false;
};

}  // namespace

std::vector<CandidaturaRow> read_rows(const std::vector<std::string>& files) {
    std::vector<CandidaturaRow> rows;
    RowHandler handler(rows);
    std::unique_ptr<xc::SAX2XMLReader> reader(xc::XMLReaderFactory::createXMLReader());
    reader->setFeature(xc::XMLUni::fgSAX2CoreNameSpaces, true);
    reader->setFeature(xc::XMLUni::fgSAX2CoreValidation, false);
    reader->setFeature(xc::XMLUni::fgXercesLoadExternalDTD, false);
    reader->setContentHandler(&handler);
    for (const auto& f : files) reader->parse(f.c_str());
    return rows;
}

}  // namespace floor_bench

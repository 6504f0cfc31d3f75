#pragma once

#include "xerces_adapter.hpp"

#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/util/SecurityManager.hpp>

#include <memory>

namespace gradus::xml::detail {

// A SAX2 reader validating against a grammar loaded from a local file only (or, for a schema
// that does not validate, checking well-formedness alone); no DTD, no external entity, no schema
// location taken from the document (docs: cpp-notes §2.1 and §4). It keeps its own
// SecurityManager and serves one parse at a time.
class HardenedReader {
public:
    // Configures a reader and loads `schema` into its grammar cache; the grammar's errors reach
    // `adapter` (as ConfigError). Throws ConfigError when the grammar does not define the
    // schema's namespace.
    HardenedReader(const Schema& schema, XercesAdapter& adapter);

    // Sends the reader's callbacks to `adapter` for the next parse.
    void bind(XercesAdapter& adapter);
    xercesc::SAX2XMLReader& reader() { return *m_reader; }

private:
    xercesc::SecurityManager m_security;
    std::unique_ptr<xercesc::SAX2XMLReader> m_reader;  // declared after m_security: destroyed first
};

}  // namespace gradus::xml::detail

#pragma once

#include "schema_shape.hpp"

#include <string_view>

namespace gradus::xml::detail {

// The simple types of candidature-1.xsd, and `complex` for element content.
enum class CandidatureValue : unsigned char {
    complex, istante, data, codice_fiscale, nome, sesso, codice_belfiore, stato_occupazionale, euro, boolean,
    relazione, percentuale, mesi, codice, protocollo
};

// True only for text Xerces' validation certainly accepts for `type`.
bool holds(CandidatureValue type, std::string_view text);

// Stands between a parse that does not validate (scan_plain(), or Xerces reading a stored copy)
// and the candidature reader's handler, and checks the document against schemas/candidature-1.xsd
// (see SchemaShape). It relies on the parse for what its callbacks do not show: every element in
// the schema's namespace, no attribute in one, no CDATA section (Schema::validate false).
// The schema's SHA-256 is pinned by a test: an edited schema must be checked here again.
class CandidatureShape final : public SchemaShape<CandidatureValue> {
public:
    explicit CandidatureShape(Handler& next);
};

}  // namespace gradus::xml::detail

#pragma once

#include "schema_shape.hpp"

#include <string_view>

namespace gradus::xml::detail {

// The simple types of unipi-pid-1.xsd (named and anonymous), and `complex` for element content.
enum class ProspettoValue : unsigned char {
    complex, numero, orario, percento, codice16, provincia, belfiore, si_no, stato, soggetto, verso, fascia,
    codice_fiscale, testo, testo200, string, date, date_time, tipo_comunicazione, tipologia_dichiarante, categoria,
    qualifica, causale, categoria_ass, versione
};

// True only for text Xerces' validation certainly accepts for `type`.
bool holds(ProspettoValue type, std::string_view text);

// Stands between scan_plain() and the prospetto reader's handler and checks the document against
// schemas/unipi-pid-1.xsd (see SchemaShape), taking the parts the schema skips
// (processContents="skip") as they come. The schema's SHA-256 is pinned
// (prospetto_shape_schema_sha256): an edited schema must be checked here again.
class ProspettoShape final : public SchemaShape<ProspettoValue> {
public:
    explicit ProspettoShape(Handler& next);
};

}  // namespace gradus::xml::detail

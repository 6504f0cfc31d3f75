#pragma once

#include "schema_shape.hpp"

#include <string_view>

namespace gradus::xml::detail {

// The simple types of mirato-iscritti-1.xsd that <iscritti> uses, and `complex` for element content.
enum class MiratoValue : unsigned char {
    complex, codice_regione, sigla_provincia, numero_iscrizione, codice, codice_fiscale, nome, testo, sesso,
    codice_belfiore, lista, tipo_invalidita, stato_occupazionale, relazione, patente, euro, percentuale, anno, data,
    boolean
};

// True only for text Xerces' validation certainly accepts for `type`.
bool holds(MiratoValue type, std::string_view text);

// Stands between scan_plain() and the reader of an <iscritti> document and checks it against
// schemas/mirato-iscritti-1.xsd (see SchemaShape). An <adesioni> document, the schema's other
// root, is left to Xerces. The schema's SHA-256 is pinned (mirato_shape_schema_sha256): an edited
// schema must be checked here again.
class MiratoShape final : public SchemaShape<MiratoValue> {
public:
    explicit MiratoShape(Handler& next);
};

}  // namespace gradus::xml::detail

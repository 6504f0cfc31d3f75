#include "candidature_shape.hpp"

#include "xsd_lexical.hpp"

#include <initializer_list>

namespace gradus::xml::detail {

namespace {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> values) {
    for (const std::string_view value : values) {
        if (text == value) return true;
    }
    return false;
}

}  // namespace

bool holds(CandidatureValue type, std::string_view text) {
    using Value = CandidatureValue;
    switch (type) {
    case Value::istante: return xsd::is_local_date_time(text);
    case Value::data: return xsd::is_date(text);
    case Value::codice_fiscale: return xsd::is_alphanumeric(text, 16);
    case Value::nome: return xsd::is_trimmed_line(text, 100);
    case Value::sesso: return text == "M" || text == "F";
    case Value::codice_belfiore:
        return text.size() == 4 && text[0] >= 'A' && text[0] <= 'Z' && xsd::is_bounded_digits(text.substr(1), 3, 999);
    case Value::stato_occupazionale: return is_one_of(text, {"disoccupato", "inoccupato", "occupato", "sospeso"});
    case Value::euro: return xsd::is_plain_decimal(text, 9, 2);
    case Value::boolean: return xsd::is_boolean(text);
    case Value::relazione: return is_one_of(text, {"coniuge", "figlio", "fratello", "genitore", "altro"});
    case Value::percentuale: return xsd::is_bounded_digits(text, 3, 100);
    case Value::mesi: return xsd::is_bounded_digits(text, 4, 1200);
    case Value::codice: return xsd::is_code(text, 64);
    case Value::protocollo: return xsd::is_code(text, 32);
    case Value::complex: return false;
    }
    return false;
}

namespace {

using Value = CandidatureValue;
using Particle = CandidatureShape::Particle;
using Model = CandidatureShape::Model;
using AttributeUse = CandidatureShape::AttributeUse;
constexpr unsigned unbounded = CandidatureShape::unbounded;

// No sequence of candidature-1.xsd names an element twice, and none holds a wildcard, as
// SchemaShape needs.

constexpr Particle persona_sequence[] = {
    {"codice_fiscale", 1, 1, Value::codice_fiscale, nullptr}, {"cognome", 1, 1, Value::nome, nullptr},
    {"nome", 1, 1, Value::nome, nullptr},                     {"sesso", 1, 1, Value::sesso, nullptr},
    {"nascita", 1, 1, Value::data, nullptr},                  {"residenza", 1, 1, Value::codice_belfiore, nullptr},
};
constexpr Model persona{persona_sequence, {}};

constexpr Particle isee_sequence[] = {
    {"valore", 1, 1, Value::euro, nullptr},
    {"rilascio", 1, 1, Value::data, nullptr},
    {"scadenza", 1, 1, Value::data, nullptr},
    {"difformita", 1, 1, Value::boolean, nullptr},
};
constexpr Model isee{isee_sequence, {}};

constexpr Particle familiare_sequence[] = {
    {"relazione", 1, 1, Value::relazione, nullptr},
    {"nascita", 1, 1, Value::data, nullptr},
    {"invalidita", 0, 1, Value::percentuale, nullptr},
};
constexpr Model familiare{familiare_sequence, {}};

constexpr Particle carichi_familiari_sequence[] = {{"familiare", 1, 32, Value::complex, &familiare}};
constexpr Model carichi_familiari{carichi_familiari_sequence, {}};

constexpr Particle dichiarazioni_sequence[] = {
    {"scuola_obbligo", 1, 1, Value::boolean, nullptr},
    {"requisiti_generali", 1, 1, Value::boolean, nullptr},
};
constexpr Model dichiarazioni{dichiarazioni_sequence, {}};

constexpr Particle riserve_sequence[] = {{"tipo", 1, 8, Value::codice, nullptr}};
constexpr Model riserve{riserve_sequence, {}};

constexpr Particle candidatura_sequence[] = {
    {"presentata", 1, 1, Value::istante, nullptr},
    {"persona", 1, 1, Value::complex, &persona},
    {"did", 0, 1, Value::data, nullptr},
    {"stato_occupazionale", 0, 1, Value::stato_occupazionale, nullptr},
    {"isee", 0, 1, Value::complex, &isee},
    {"carichi_familiari", 0, 1, Value::complex, &carichi_familiari},
    {"dichiarazioni", 1, 1, Value::complex, &dichiarazioni},
    {"riserve", 0, 1, Value::complex, &riserve},
    {"flag", 0, 32, Value::codice, nullptr},
    {"mesi_disoccupazione", 0, 1, Value::mesi, nullptr},
};
constexpr AttributeUse candidatura_attributes[] = {{"protocollo", Value::protocollo, true}};
constexpr Model candidatura{candidatura_sequence, candidatura_attributes};

constexpr Particle candidature_sequence[] = {{"candidatura", 1, unbounded, Value::complex, &candidatura}};
constexpr AttributeUse candidature_attributes[] = {{"avviso", Value::codice, true}};
constexpr Model candidature{candidature_sequence, candidature_attributes};

constexpr Particle root{"candidature", 1, 1, Value::complex, &candidature};

}  // namespace

CandidatureShape::CandidatureShape(Handler& next) : SchemaShape(next, root) {}

}  // namespace gradus::xml::detail

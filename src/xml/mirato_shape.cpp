#include "mirato_shape.hpp"

#include "xsd_lexical.hpp"

#include <initializer_list>

namespace gradus::xml::detail {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> values) {
    for (const std::string_view value : values) {
        if (text == value) return true;
    }
    return false;
}

// The length of xs:string text in characters, vouched for only in ASCII: Xerces counts UTF-16
// units where XML Schema counts characters, and a check may refuse too much, never too little.
bool is_ascii_up_to(std::string_view text, std::size_t max) {
    if (text.size() > max) return false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// [A-Z0-9]{1,4}
bool is_patente(std::string_view text) {
    if (text.empty() || text.size() > 4) return false;
    for (const char c : text) {
        if (!is_upper(c) && !is_digit(c)) return false;
    }
    return true;
}

// xs:int from 1900 to 2999, vouched for only as four digits.
bool is_anno(std::string_view text) {
    return text.size() == 4 && xsd::is_bounded_digits(text, 4, 2999) && text >= "1900";
}

}  // namespace

bool holds(MiratoValue type, std::string_view text) {
    using Value = MiratoValue;
    switch (type) {
    case Value::codice_regione: return text.size() == 2 && is_digit(text[0]) && is_digit(text[1]);
    case Value::sigla_provincia: return text.size() == 2 && is_upper(text[0]) && is_upper(text[1]);
    case Value::numero_iscrizione: return xsd::is_code(text, 32);
    case Value::codice: return xsd::is_code(text, 64);
    case Value::codice_fiscale: return xsd::is_alphanumeric(text, 16);
    case Value::nome: return xsd::is_trimmed_line(text, 100);
    case Value::testo: return is_ascii_up_to(text, 2000);
    case Value::sesso: return text == "M" || text == "F";
    case Value::codice_belfiore:
        return text.size() == 4 && is_upper(text[0]) && is_digit(text[1]) && is_digit(text[2]) && is_digit(text[3]);
    case Value::lista: return text == "disabili" || text == "art18";
    case Value::tipo_invalidita: return is_one_of(text, {"civile", "lavoro", "guerra", "servizio"});
    case Value::stato_occupazionale: return is_one_of(text, {"disoccupato", "inoccupato", "occupato", "sospeso"});
    case Value::relazione: return is_one_of(text, {"coniuge", "figlio", "fratello", "genitore", "altro"});
    case Value::patente: return is_patente(text);
    case Value::euro: return xsd::is_plain_decimal(text, 9, 2);
    case Value::percentuale: return xsd::is_bounded_digits(text, 3, 100);
    case Value::anno: return is_anno(text);
    case Value::data: return xsd::is_date(text);
    case Value::boolean: return xsd::is_boolean(text);
    case Value::complex: return false;
    }
    return false;
}

namespace {

using Value = MiratoValue;
using Particle = MiratoShape::Particle;
using Model = MiratoShape::Model;
using AttributeUse = MiratoShape::AttributeUse;
constexpr unsigned unbounded = MiratoShape::unbounded;

// No sequence of <iscritti> names an element twice, and none holds a wildcard, as SchemaShape needs.

constexpr Particle persona_sequence[] = {
    {"codice_fiscale", 1, 1, Value::codice_fiscale, nullptr}, {"cognome", 1, 1, Value::nome, nullptr},
    {"nome", 1, 1, Value::nome, nullptr},                     {"sesso", 1, 1, Value::sesso, nullptr},
    {"nascita", 1, 1, Value::data, nullptr},                  {"residenza", 1, 1, Value::codice_belfiore, nullptr},
};
constexpr Model persona{persona_sequence, {}};

constexpr Particle iscrizione_sequence[] = {{"lista", 1, 1, Value::lista, nullptr}, {"data", 1, 1, Value::data, nullptr}};
constexpr Model iscrizione{iscrizione_sequence, {}};

constexpr Particle invalidita_sequence[] = {
    {"percentuale", 1, 1, Value::percentuale, nullptr},
    {"tipo", 1, 1, Value::tipo_invalidita, nullptr},
    {"psichica_intellettiva", 1, 1, Value::boolean, nullptr},
};
constexpr Model invalidita{invalidita_sequence, {}};

constexpr Particle reddito_sequence[] = {{"anno", 1, 1, Value::anno, nullptr}, {"importo", 1, 1, Value::euro, nullptr}};
constexpr Model reddito{reddito_sequence, {}};

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

constexpr Particle note_funzionali_sequence[] = {
    {"capacita", 0, 64, Value::codice, nullptr},
    {"controindicazione", 0, 64, Value::codice, nullptr},
    {"difficolta_locomozione", 1, 1, Value::boolean, nullptr},
    {"patente", 0, 16, Value::patente, nullptr},
    {"annotazioni", 0, 1, Value::testo, nullptr},
};
constexpr Model note_funzionali{note_funzionali_sequence, {}};

constexpr Particle qualifiche_sequence[] = {{"qualifica", 1, 64, Value::codice, nullptr}};
constexpr Model qualifiche{qualifiche_sequence, {}};

constexpr Particle iscritto_sequence[] = {
    {"persona", 1, 1, Value::complex, &persona},
    {"iscrizione", 1, 1, Value::complex, &iscrizione},
    {"invalidita", 0, 1, Value::complex, &invalidita},
    {"reddito", 0, 1, Value::complex, &reddito},
    {"isee", 0, 1, Value::complex, &isee},
    {"carichi_familiari", 0, 1, Value::complex, &carichi_familiari},
    {"stato_occupazionale", 0, 1, Value::stato_occupazionale, nullptr},
    {"did", 0, 1, Value::data, nullptr},
    {"note_funzionali", 0, 1, Value::complex, &note_funzionali},
    {"qualifiche", 0, 1, Value::complex, &qualifiche},
    {"avviato", 0, 1, Value::data, nullptr},
};
constexpr AttributeUse iscritto_attributes[] = {{"numero", Value::numero_iscrizione, true}};
constexpr Model iscritto{iscritto_sequence, iscritto_attributes};

constexpr Particle iscritti_sequence[] = {{"iscritto", 0, unbounded, Value::complex, &iscritto}};
constexpr AttributeUse iscritti_attributes[] = {
    {"regione", Value::codice_regione, true},
    {"provincia", Value::sigla_provincia, true},
};
constexpr Model iscritti{iscritti_sequence, iscritti_attributes};

constexpr Particle root{"iscritti", 1, 1, Value::complex, &iscritti};

}  // namespace

MiratoShape::MiratoShape(Handler& next) : SchemaShape(next, root) {}

}  // namespace gradus::xml::detail

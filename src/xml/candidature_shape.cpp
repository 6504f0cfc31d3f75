#include "candidature_shape.hpp"

#include "xsd_lexical.hpp"

#include <limits>
#include <span>

namespace gradus::xml::detail {

namespace {

// The simple types of candidature-1.xsd, and `complex` for an element with element content.
enum class Value {
    complex, istante, data, codice_fiscale, nome, sesso, codice_belfiore, stato_occupazionale, euro, boolean,
    relazione, percentuale, mesi, codice, protocollo
};

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> values) {
    for (const std::string_view value : values) {
        if (text == value) return true;
    }
    return false;
}

bool holds(Value type, std::string_view text) {
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

bool is_blank(std::string_view text) {
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    }
    return true;
}

[[noreturn]] void leave(std::string_view why) { throw OutsideShape{why}; }

constexpr unsigned unbounded = std::numeric_limits<unsigned>::max();

}  // namespace

// An element declaration: its name, its occurrences in the sequence holding it, and its type.
// No sequence of candidature-1.xsd names an element twice, and none holds a wildcard (next_child).
struct CandidatureShape::Particle {
    std::string_view name;
    unsigned min_occurs;
    unsigned max_occurs;
    Value value;
    const Model* model;  // for Value::complex
};

// A complex type: a sequence of particles, and at most one attribute, required.
struct CandidatureShape::Model {
    std::span<const Particle> sequence;
    std::string_view attribute;
    Value attribute_value;
};

namespace {

using Particle = CandidatureShape::Particle;
using Model = CandidatureShape::Model;

constexpr Particle persona_sequence[] = {
    {"codice_fiscale", 1, 1, Value::codice_fiscale, nullptr}, {"cognome", 1, 1, Value::nome, nullptr},
    {"nome", 1, 1, Value::nome, nullptr},                     {"sesso", 1, 1, Value::sesso, nullptr},
    {"nascita", 1, 1, Value::data, nullptr},                  {"residenza", 1, 1, Value::codice_belfiore, nullptr},
};
constexpr Model persona{persona_sequence, {}, Value::complex};

constexpr Particle isee_sequence[] = {
    {"valore", 1, 1, Value::euro, nullptr},
    {"rilascio", 1, 1, Value::data, nullptr},
    {"scadenza", 1, 1, Value::data, nullptr},
    {"difformita", 1, 1, Value::boolean, nullptr},
};
constexpr Model isee{isee_sequence, {}, Value::complex};

constexpr Particle familiare_sequence[] = {
    {"relazione", 1, 1, Value::relazione, nullptr},
    {"nascita", 1, 1, Value::data, nullptr},
    {"invalidita", 0, 1, Value::percentuale, nullptr},
};
constexpr Model familiare{familiare_sequence, {}, Value::complex};

constexpr Particle carichi_familiari_sequence[] = {{"familiare", 1, 32, Value::complex, &familiare}};
constexpr Model carichi_familiari{carichi_familiari_sequence, {}, Value::complex};

constexpr Particle dichiarazioni_sequence[] = {
    {"scuola_obbligo", 1, 1, Value::boolean, nullptr},
    {"requisiti_generali", 1, 1, Value::boolean, nullptr},
};
constexpr Model dichiarazioni{dichiarazioni_sequence, {}, Value::complex};

constexpr Particle riserve_sequence[] = {{"tipo", 1, 8, Value::codice, nullptr}};
constexpr Model riserve{riserve_sequence, {}, Value::complex};

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
constexpr Model candidatura{candidatura_sequence, "protocollo", Value::protocollo};

constexpr Particle candidature_sequence[] = {{"candidatura", 1, unbounded, Value::complex, &candidatura}};
constexpr Model candidature{candidature_sequence, "avviso", Value::codice};

constexpr Particle root{"candidature", 1, 1, Value::complex, &candidature};

void check_attributes(const Particle& element, const std::vector<Attribute>& attributes) {
    const Model* model = element.model;
    if (model == nullptr || model->attribute.empty()) {
        if (!attributes.empty()) leave("an attribute the schema does not declare");
        return;
    }
    if (attributes.size() != 1 || attributes.front().name != model->attribute ||
        !holds(model->attribute_value, attributes.front().value)) {
        leave("the attributes");
    }
}

}  // namespace

void CandidatureShape::start_element(std::string_view name, const std::vector<Attribute>& attributes,
                                     const SourcePosition& where) {
    const Particle* element = nullptr;
    if (m_open.empty()) {
        if (name == root.name) element = &root;
    } else if (m_open.back().element->model != nullptr) {
        element = next_child(m_open.back(), name);
    }
    if (element == nullptr) leave("an element the schema does not allow there");
    check_attributes(*element, attributes);
    m_open.push_back(Open{element});
    m_next.start_element(name, attributes, where);
}

void CandidatureShape::end_element(std::string_view name, std::string&& text, const SourcePosition& where) {
    const Open& open = m_open.back();
    if (open.element->model != nullptr) {
        if (!is_complete(open)) leave("an element missing");
        if (!is_blank(text)) leave("text in element content");
        text.clear();
    } else if (!holds(open.element->value, text)) {
        leave("a value");
    }
    m_open.pop_back();
    m_next.end_element(name, std::move(text), where);
}

void CandidatureShape::validation_error(const SourcePosition&, std::string) { leave("a validation error"); }

}  // namespace gradus::xml::detail

#include "gradus/xml/avviso_reader.hpp"

#include "element_path.hpp"
#include "values.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/xml/sax_parser.hpp"

namespace gradus::xml {

namespace {

using detail::to_bool;
using detail::to_date;
using detail::to_int;

// Builds the Avviso from the parser's events; the first problem ends the reading.
class AvvisoHandler final : public Handler {
public:
    const art16::Avviso& avviso() const { return m_avviso; }

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        if (m_path.depth() == 0) {
            m_avviso.origin = SourcePosition{where.file, where.line, 0};
            for (const Attribute& attribute : attributes) {
                if (attribute.name == "id") {
                    m_avviso.id = attribute.value;
                }
            }
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string parent(m_path.parent());
        try {
            assign(parent, name, std::move(text), where);
        } catch (const ParseError& e) {
            fail(where, name, "valore", e.what());
        }
        m_path.pop();
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        fail(where, m_path.current(), "xsd", std::move(message));
    }

private:
    void assign(const std::string& parent, std::string_view name, std::string&& text, const SourcePosition& where) {
        art16::Avviso& a = m_avviso;
        if (parent == "avviso") {
            if (name == "regione") a.region_code = std::move(text);
            else if (name == "criteri") a.criteria_id = std::move(text);
            else if (name == "posti") a.posts = to_int(text);
            else if (name == "requisiti") check_ages(where);
            else if (name == "riserve") check_reserved_posts(where);
            else if (name == "date") check_dates(where);
        } else if (parent == "ente") {
            if (name == "denominazione") a.body_name = std::move(text);
            else if (name == "codice_fiscale") a.body_codice_fiscale = partita_iva(text, where);
        } else if (parent == "profilo") {
            if (name == "codice") a.profile_code = std::move(text);
            else if (name == "descrizione") a.profile_description = std::move(text);
        } else if (parent == "contratto") {
            if (name == "tipo") a.contract = text == "indeterminato" ? art16::ContractKind::indeterminato
                                                                     : art16::ContractKind::determinato;
            else if (name == "ore_settimanali") a.weekly_hours = to_int(text);
            else if (name == "mesi") a.months = to_int(text);
        } else if (parent == "requisiti") {
            if (name == "eta_minima") a.minimum_age = to_int(text);
            else if (name == "eta_massima") a.maximum_age = to_int(text);
            else if (name == "scuola_obbligo") a.requires_scuola_obbligo = to_bool(text);
        } else if (parent == "stati_occupazionali") {
            a.required_statuses.push_back(std::move(text));
        } else if (parent == "riserve") {
            a.reserved.push_back(m_reserve);
            m_reserve = {};
        } else if (parent == "riserva") {
            if (name == "tipo") m_reserve.kind = std::move(text);
            else if (name == "posti") m_reserve.count = to_int(text);
        } else if (parent == "date") {
            if (name == "pubblicazione") a.publication = to_date(text);
            else if (name == "apertura") a.applications_open = to_date(text);
            else if (name == "chiusura") a.applications_close = to_date(text);
            else if (name == "riferimento_graduatoria") a.ranking_date = to_date(text);
        }
    }

    std::string partita_iva(const std::string& text, const SourcePosition& where) {
        try {
            return PartitaIva::parse(text).str();
        } catch (const ParseError& e) {
            fail(where, "codice_fiscale", "partita_iva", e.what());
        }
    }

    void check_ages(const SourcePosition& where) {
        if (m_avviso.maximum_age && *m_avviso.maximum_age < m_avviso.minimum_age) {
            fail(where, "eta_massima", "coerenza", "eta_massima is below eta_minima");
        }
    }

    void check_reserved_posts(const SourcePosition& where) {
        int reserved = 0;
        for (const art16::ReservedPosts& r : m_avviso.reserved) {
            reserved += r.count;
        }
        if (reserved > m_avviso.posts) {
            fail(where, "riserve", "coerenza",
                 std::to_string(reserved) + " reserved posts exceed the " + std::to_string(m_avviso.posts) + " posti");
        }
    }

    void check_dates(const SourcePosition& where) {
        const art16::Avviso& a = m_avviso;
        if (a.applications_open < a.publication) {
            fail(where, "apertura", "coerenza", "apertura precedes pubblicazione");
        }
        if (a.applications_close < a.applications_open) {
            fail(where, "chiusura", "coerenza", "chiusura precedes apertura");
        }
    }

    [[noreturn]] void fail(const SourcePosition& where, std::string_view field, std::string rule,
                           std::string message) const {
        throw InputError(InputIssue{where, m_avviso.id, std::string(field), std::move(rule), std::move(message)});
    }

    art16::Avviso m_avviso;
    art16::ReservedPosts m_reserve;
    detail::ElementPath m_path;
};

template <typename Parse>
art16::Avviso read_with(const std::filesystem::path& schema_dir, Parse parse) {
    const Schema schema{schema_dir / avviso_schema_file, std::string(avviso_namespace)};
    AvvisoHandler handler;
    try {
        parse(schema, handler);
    } catch (const InputError& e) {
        if (!e.issue().record.empty() || handler.avviso().id.empty()) {
            throw;
        }
        InputIssue issue = e.issue();
        issue.record = handler.avviso().id;
        throw InputError(std::move(issue));
    }
    return handler.avviso();
}

}  // namespace

art16::Avviso read_avviso(const std::filesystem::path& file, const std::filesystem::path& schema_dir) {
    return read_with(schema_dir, [&](const Schema& schema, Handler& handler) { parse_file(file, schema, handler); });
}

art16::Avviso read_avviso_bytes(std::string_view bytes, const std::string& name,
                                const std::filesystem::path& schema_dir) {
    return read_with(schema_dir,
                     [&](const Schema& schema, Handler& handler) { parse_buffer(bytes, name, schema, handler); });
}

}  // namespace gradus::xml

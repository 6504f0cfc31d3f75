#include "gradus/xml/richieste_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <algorithm>
#include <optional>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::to_bool;
using detail::to_date;
using detail::to_int;
using detail::trimmed;

// Builds one Richiesta per <richiesta>; a request with a problem keeps its first issue and is
// left out when it ends.
class RichiesteHandler final : public Handler {
public:
    RichiesteHandler(std::vector<cm::Richiesta>& out, IssueLog& issues) : m_out(out), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        if (name == "richiesta" && m_path.depth() == 1) {
            begin_record(attributes, where);
        } else if (m_in_record) {
            try {
                start_in_record(name, attributes);
            } catch (const ParseError& e) {
                note(where, name, "valore", e.what());
            }
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string parent(m_path.parent());
        m_path.pop();
        if (!m_in_record) return;
        if (name == "richiesta" && m_path.depth() == 1) {
            end_record(where);
            return;
        }
        try {
            assign(parent, name, std::move(text), where);
        } catch (const ParseError& e) {
            note(where, name, "valore", e.what());
        }
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        if (m_in_record) {
            note(where, m_path.current(), "xsd", std::move(message));
        } else {
            m_issues.add(InputIssue{where, {}, std::string(m_path.current()), "xsd", std::move(message)});
        }
    }

    void stop(InputIssue issue) {
        if (m_in_record && issue.record.empty()) issue.record = m_record.id;
        m_issues.add(std::move(issue));
    }

private:
    void begin_record(const std::vector<Attribute>& attributes, const SourcePosition& where) {
        m_in_record = true;
        m_record = cm::Richiesta{};
        m_record.id = attribute(attributes, "id");
        m_record.origin = SourcePosition{where.file, where.line, 0};
        m_record_issue.reset();
    }

    void end_record(const SourcePosition& where) {
        m_in_record = false;
        if (!m_record_issue) {
            const bool repeated = std::any_of(m_out.begin(), m_out.end(),
                                              [&](const cm::Richiesta& r) { return r.id == m_record.id; });
            if (repeated) note(where, "id", "duplicato", "request id " + m_record.id + " already read");
        }
        if (m_record_issue) {
            m_issues.add(std::move(*m_record_issue));
            return;
        }
        std::sort(m_record.conditions.begin(), m_record.conditions.end());
        m_record.conditions.erase(std::unique(m_record.conditions.begin(), m_record.conditions.end()),
                                  m_record.conditions.end());
        m_out.push_back(std::move(m_record));
    }

    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        if (!m_record_issue) {
            m_record_issue = InputIssue{where, m_record.id, std::string(field), std::move(rule), std::move(message)};
        }
    }

    void start_in_record(std::string_view name, const std::vector<Attribute>& attributes) {
        if (name == "datore") {
            m_record.employer_kind = cm::parse_employer_kind(attribute(attributes, "tipo"));
        } else if (name == "qualifica") {
            m_record.qualifica_code = attribute(attributes, "codice");
        } else if (name == "gia_avviato") {
            cm::PlacedPerson& p = m_record.already_placed.emplace_back();
            p.codice_fiscale = detail::to_upper_ascii(attribute(attributes, "codice_fiscale"));
            const std::string day = attribute(attributes, "data");
            if (!day.empty()) p.date = to_date(day);
        }
    }

    void assign(const std::string& parent, std::string_view name, std::string&& text, const SourcePosition& where) {
        cm::Richiesta& r = m_record;
        const std::string_view value = trimmed(text);
        if (parent == "datore") {
            if (name == "codice_fiscale") set_employer_code(value, where);
            else if (name == "denominazione") r.employer_name = std::string(value);
        } else if (parent != "richiesta") {
            return;
        } else if (name == "qualifica") {
            r.qualifica_description = std::string(value);
        } else if (name == "posti") {
            r.posts = to_int(value);
        } else if (name == "comune") {
            r.comune = std::string(value);
        } else if (name == "modalita") {
            r.modalita = cm::parse_modalita(value);
        } else if (name == "lista") {
            const auto lista = cm::parse_lista(value);
            if (!lista) throw ParseError("not a lista (disabili or art18): '" + std::string(value) + "'");
            r.lista = *lista;
        } else if (name == "obbligo_dal") {
            r.obligation_date = to_date(value);
        } else if (name == "presentata") {
            r.request_date = to_date(value);
        } else if (name == "condizione") {
            r.conditions.push_back(cm::parse_condizione(value));
        } else if (name == "patente_richiesta") {
            r.driving_licence_required = to_bool(value);
        } else if (name == "note") {
            r.notes = std::move(text);
        } else if (name == "gia_avviato") {
            check_person(r.already_placed.back().codice_fiscale, where);
        }
    }

    void set_employer_code(std::string_view value, const SourcePosition& where) {
        const std::string code = detail::to_upper_ascii(value);
        const bool valid = code.size() == 11 ? PartitaIva::is_valid(code) : CodiceFiscale::is_valid(code);
        if (!valid) {
            note(where, "codice_fiscale", "codice_fiscale",
                 "'" + code + "' is neither a valid partita IVA nor a valid codice fiscale");
        }
        m_record.employer_code = code;
    }

    void check_person(const std::string& code, const SourcePosition& where) {
        try {
            CodiceFiscale::parse(code);
        } catch (const ParseError& e) {
            note(where, "gia_avviato", "codice_fiscale", e.what());
        }
    }

    std::vector<cm::Richiesta>& m_out;
    IssueLog& m_issues;
    detail::ElementPath m_path;
    bool m_in_record = false;
    cm::Richiesta m_record;
    std::optional<InputIssue> m_record_issue;
};

template <typename Parse>
void read_with(const std::filesystem::path& schema_dir, std::vector<cm::Richiesta>& out, IssueLog& issues,
               Parse parse) {
    const Schema schema{schema_dir / richieste_schema_file, std::string(richieste_namespace)};
    RichiesteHandler handler(out, issues);
    try {
        parse(schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
}

}  // namespace

void read_richieste(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                    std::vector<cm::Richiesta>& out, IssueLog& issues) {
    read_with(schema_dir, out, issues,
              [&](const Schema& schema, Handler& handler) { parse_file(file, schema, handler); });
}

void read_richieste_bytes(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                          std::vector<cm::Richiesta>& out, IssueLog& issues) {
    read_with(schema_dir, out, issues,
              [&](const Schema& schema, Handler& handler) { parse_buffer(bytes, name, schema, handler); });
}

}  // namespace gradus::xml

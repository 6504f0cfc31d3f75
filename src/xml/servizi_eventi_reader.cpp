#include "gradus/xml/servizi_eventi_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <optional>

namespace gradus::xml {

namespace {

using detail::attribute;

// Builds one PersonFacts per <persona>; a record with a problem keeps its first issue and is left
// out when it ends.
class EventiHandler final : public Handler {
public:
    EventiHandler(std::vector<services::PersonFacts>& out, IssueLog& issues) : m_out(out), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        if (name == "persona" && m_path.depth() == 1) {
            begin_record(attributes, where);
        } else if (m_in_record) {
            try {
                add(name, attributes);
            } catch (const ParseError& e) {
                note(where, name, "valore", e.what());
            }
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&&, const SourcePosition&) override {
        m_path.pop();
        if (m_in_record && name == "persona" && m_path.depth() == 1) {
            end_record();
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
        if (m_in_record && issue.record.empty()) issue.record = m_record.codice_fiscale;
        m_issues.add(std::move(issue));
    }

private:
    void begin_record(const std::vector<Attribute>& attributes, const SourcePosition& where) {
        m_in_record = true;
        m_record = services::PersonFacts{};
        m_record.codice_fiscale = detail::to_upper_ascii(detail::trimmed(attribute(attributes, "codice_fiscale")));
        m_record.office = attribute(attributes, "cpi");
        m_record.origin = SourcePosition{where.file, where.line, 0};
        m_record_issue.reset();
        try {
            CodiceFiscale::parse(m_record.codice_fiscale);
        } catch (const ParseError& e) {
            note(where, "codice_fiscale", "codice_fiscale", e.what());
        }
    }

    void add(std::string_view name, const std::vector<Attribute>& attributes) {
        const std::string data = attribute(attributes, "data");
        if (name == "did") {
            m_record.dids.push_back(detail::to_date(data));
        } else if (name == "domanda_naspi") {
            m_record.benefit_claims.push_back(detail::to_date(data));
        } else if (name == "appuntamento") {
            const auto kind = services::parse_breach(attribute(attributes, "tipo"));
            const auto outcome = services::parse_appointment_outcome(attribute(attributes, "esito"));
            if (!kind || !outcome) throw ParseError("unknown tipo or esito");
            m_record.appointments.push_back({detail::to_date(data), *kind, *outcome});
        }
    }

    void end_record() {
        m_in_record = false;
        if (m_record_issue) {
            m_issues.add(std::move(*m_record_issue));
        } else {
            m_out.push_back(std::move(m_record));
        }
    }

    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        if (!m_record_issue) {
            m_record_issue = InputIssue{where, m_record.codice_fiscale, std::string(field), std::move(rule), std::move(message)};
        }
    }

    std::vector<services::PersonFacts>& m_out;
    IssueLog& m_issues;
    detail::ElementPath m_path;
    bool m_in_record = false;
    services::PersonFacts m_record;
    std::optional<InputIssue> m_record_issue;
};

}  // namespace

void read_servizi_eventi(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                         std::vector<services::PersonFacts>& out, IssueLog& issues) {
    const Schema schema{schema_dir / servizi_eventi_schema_file, std::string(servizi_eventi_namespace)};
    EventiHandler handler(out, issues);
    try {
        parse_buffer(bytes, name, schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
}

}  // namespace gradus::xml

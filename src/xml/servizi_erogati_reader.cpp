#include "gradus/xml/servizi_erogati_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <optional>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::optional_attribute;

std::optional<Date> date_attribute(const std::vector<Attribute>& attributes, std::string_view name) {
    const auto text = optional_attribute(attributes, name);
    return text ? std::optional<Date>(detail::to_date(*text)) : std::nullopt;
}

services::ServiceEvent event_of(const std::vector<Attribute>& a) {
    services::ServiceEvent e;
    e.subject = attribute(a, "soggetto") == "impresa" ? services::Subject::firm : services::Subject::person;
    e.subject_code = detail::to_upper_ascii(detail::trimmed(attribute(a, "codice")));
    e.office = attribute(a, "ufficio");
    e.service = attribute(a, "lep");
    e.sap_code = attribute(a, "sap");
    const auto event = services::parse_sap_event(attribute(a, "evento"));
    if (!event) throw ParseError("unknown evento");
    e.event = *event;
    e.event_date = detail::to_date(attribute(a, "data_evento"));
    e.proposed = date_attribute(a, "proposta");
    e.started = date_attribute(a, "inizio");
    e.ended = date_attribute(a, "fine");
    e.operator_id = attribute(a, "operatore");
    e.outcome = attribute(a, "esito");
    e.identificativo = attribute(a, "identificativo");
    return e;
}

// One ServiceEvent per <servizio>, an empty element: its schema errors arrive while it is open.
class ErogatiHandler final : public Handler {
public:
    ErogatiHandler(std::vector<services::ServiceEvent>& out, IssueLog& issues) : m_out(out), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        m_path.push(name);
        if (name != "servizio" || m_path.depth() != 2) return;
        m_issue.reset();
        m_code = attribute(attributes, "codice");
        try {
            m_record = event_of(attributes);
        } catch (const ParseError& e) {
            m_issue = InputIssue{where, m_code, "servizio", "valore", e.what()};
        }
    }

    void end_element(std::string_view name, std::string&&, const SourcePosition&) override {
        const bool record = name == "servizio" && m_path.depth() == 2;
        m_path.pop();
        if (!record) return;
        if (m_issue) {
            m_issues.add(std::move(*m_issue));
        } else {
            m_out.push_back(std::move(m_record));
        }
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        if (m_path.current() == "servizio") {
            if (!m_issue) m_issue = InputIssue{where, m_code, "servizio", "xsd", std::move(message)};
        } else {
            m_issues.add(InputIssue{where, {}, std::string(m_path.current()), "xsd", std::move(message)});
        }
    }

private:
    std::vector<services::ServiceEvent>& m_out;
    IssueLog& m_issues;
    detail::ElementPath m_path;
    std::string m_code;
    services::ServiceEvent m_record;
    std::optional<InputIssue> m_issue;
};

}  // namespace

void read_servizi_erogati(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                          std::vector<services::ServiceEvent>& out, IssueLog& issues) {
    const Schema schema{schema_dir / servizi_erogati_schema_file, std::string(servizi_erogati_namespace)};
    ErogatiHandler handler(out, issues);
    try {
        parse_buffer(bytes, name, schema, handler);
    } catch (const InputError& e) {
        issues.add(e.issue());
    }
}

}  // namespace gradus::xml

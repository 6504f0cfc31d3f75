#include "gradus/xml/candidature_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <optional>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::to_bool;
using detail::to_date;
using detail::to_int;

// Builds one Candidatura per <candidatura>. A record with a problem keeps only its first issue
// and is left out when it ends; problems outside any record are logged and reading goes on.
class CandidatureHandler final : public Handler {
public:
    CandidatureHandler(std::vector<art16::Candidatura>& out, IssueLog& issues) : m_out(out), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        if (m_path.depth() == 0) {
            m_avviso_id = attribute(attributes, "avviso");
        } else if (name == "candidatura" && m_path.depth() == 1) {
            begin_record(attribute(attributes, "protocollo"), where);
        } else if (name == "isee" && m_in_record) {
            m_record.isee.emplace().origin = SourcePosition{where.file, where.line, 0};
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string parent(m_path.parent());
        m_path.pop();
        if (!m_in_record) {
            return;
        }
        if (name == "candidatura" && m_path.depth() == 1) {
            end_record();
            return;
        }
        try {
            assign(parent, name, std::move(text));
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

    // A fatal problem: the record being read, if any, is lost with the rest of the file.
    void stop(InputIssue issue) {
        if (m_in_record && issue.record.empty()) {
            issue.record = m_record.protocol;
        }
        m_issues.add(std::move(issue));
    }

private:
    void begin_record(std::string protocol, const SourcePosition& where) {
        m_in_record = true;
        m_record = art16::Candidatura{};
        m_record.protocol = std::move(protocol);
        m_record.avviso_id = m_avviso_id;
        m_record.origin = SourcePosition{where.file, where.line, 0};
        m_record_issue.reset();
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
            m_record_issue = InputIssue{where, m_record.protocol, std::string(field), std::move(rule), std::move(message)};
        }
    }

    void assign(const std::string& parent, std::string_view name, std::string&& text) {
        art16::Candidatura& c = m_record;
        if (parent == "candidatura") {
            if (name == "presentata") set_submission(std::move(text));
            else if (name == "did") c.did_date = to_date(text);
            else if (name == "stato_occupazionale") c.status = std::move(text);
            else if (name == "flag") c.flags.emplace_back(detail::trimmed(text));
            else if (name == "mesi_disoccupazione") c.unemployment_months = to_int(text);
        } else if (parent == "persona") {
            if (name == "codice_fiscale") c.codice_fiscale = detail::to_upper_ascii(detail::trimmed(text));
            else if (name == "cognome") c.surname = std::move(text);
            else if (name == "nome") c.name = std::move(text);
            else if (name == "sesso") c.sex = text == "F" ? 'F' : 'M';
            else if (name == "nascita") c.birth = to_date(text);
            else if (name == "residenza") c.residence_belfiore = std::move(text);
        } else if (parent == "isee" && c.isee) {
            if (name == "valore") c.isee->value = detail::to_decimal(text);
            else if (name == "rilascio") c.isee->attestation = to_date(text);
            else if (name == "scadenza") c.isee->expiry = to_date(text);
            else if (name == "difformita") c.isee->omissions = to_bool(text);
        } else if (parent == "carichi_familiari") {
            c.dependants.push_back(m_dependant);
            m_dependant = {};
        } else if (parent == "familiare") {
            if (name == "relazione") m_dependant.relationship = std::move(text);
            else if (name == "nascita") m_dependant.birth = to_date(text);
            else if (name == "invalidita") m_dependant.invalidity_pct = to_int(text);
        } else if (parent == "dichiarazioni") {
            if (name == "scuola_obbligo") c.scuola_obbligo = to_bool(text);
            else if (name == "requisiti_generali") c.general_requirements = to_bool(text);
        } else if (parent == "riserve") {
            c.reserve_claims.emplace_back(detail::trimmed(text));
        }
    }

    void set_submission(std::string&& text) {
        const std::string_view timestamp = detail::trimmed(text);
        const std::size_t t = timestamp.find('T');
        if (t == std::string_view::npos) {
            throw ParseError("not a date and time: '" + text + "'");
        }
        m_record.submission_date = to_date(timestamp.substr(0, t));
        m_record.submitted_at = std::string(timestamp);
    }

    std::vector<art16::Candidatura>& m_out;
    IssueLog& m_issues;
    std::string m_avviso_id;
    detail::ElementPath m_path;
    bool m_in_record = false;
    art16::Candidatura m_record;
    art16::Dependant m_dependant;
    std::optional<InputIssue> m_record_issue;
};

template <typename Parse>
void read_with(const std::filesystem::path& schema_dir, std::vector<art16::Candidatura>& out, IssueLog& issues,
               Parse parse) {
    const Schema schema{schema_dir / candidature_schema_file, std::string(candidature_namespace)};
    CandidatureHandler handler(out, issues);
    try {
        parse(schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
}

}  // namespace

void read_candidature(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                      std::vector<art16::Candidatura>& out, IssueLog& issues) {
    read_with(schema_dir, out, issues,
              [&](const Schema& schema, Handler& handler) { parse_file(file, schema, handler); });
}

void read_candidature_bytes(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                            std::vector<art16::Candidatura>& out, IssueLog& issues) {
    read_with(schema_dir, out, issues,
              [&](const Schema& schema, Handler& handler) { parse_buffer(bytes, name, schema, handler); });
}

}  // namespace gradus::xml

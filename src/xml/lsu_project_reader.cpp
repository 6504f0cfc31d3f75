#include "gradus/xml/lsu_project_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <optional>
#include <set>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::to_date;
using detail::to_decimal;
using detail::trimmed;

enum class Kind { none, candidate, benefit, employment };

// Builds the project from the elements outside the records, and one record per <candidato>,
// <prestazione> and <rapporto>; a record keeps only its first issue and is left out at its end.
class ProjectHandler final : public Handler {
public:
    ProjectHandler(lsu::Project& project, lsu::Records& records, IssueLog& issues)
        : m_project(project), m_records(records), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        const std::string parent(m_path.current());  // a copy: push() may move the names
        m_path.push(name);
        try {
            start(parent, name, attributes, where);
        } catch (const ParseError& e) {
            note(where, name, "valore", e.what());
        }
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string parent(m_path.parent());
        m_path.pop();
        if (m_kind != Kind::none && m_path.depth() == 2) {
            end_record();
            return;
        }
        try {
            assign(parent, name, trimmed(text), where);
        } catch (const ParseError& e) {
            note(where, name, "valore", e.what());
        }
    }

    void validation_error(const SourcePosition& where, std::string message) override {
        note(where, m_path.current(), "xsd", std::move(message));
    }

    // A problem that stops the document: the record being read is lost with the rest.
    void stop(InputIssue issue) { m_project_issues.push_back(std::move(issue)); }

    // The first problem of the project part, if any.
    const std::vector<InputIssue>& project_issues() const { return m_project_issues; }

private:
    void start(std::string_view parent, std::string_view name, const std::vector<Attribute>& attributes,
               const SourcePosition& where) {
        const SourcePosition origin{where.file, where.line, 0};
        if (m_path.depth() == 1) {
            m_project.id = attribute(attributes, "id");
            m_project.regime = lsu::parse_regime(attribute(attributes, "regime")).value_or(lsu::Regime::art26_150_2015);
            m_project.tipologia = attribute(attributes, "tipologia");
        } else if (parent == "candidati" && name == "candidato") {
            begin(Kind::candidate, "", origin);
            m_candidate = lsu::Candidate{};
            m_candidate.origin = origin;
        } else if (parent == "percettori" && name == "prestazione") {
            begin(Kind::benefit, attribute(attributes, "id"), origin);
            m_benefit = lsu::BenefitRecord{};
            m_benefit.id = m_key;
            m_benefit.origin = origin;
        } else if (parent == "rapporti" && name == "rapporto") {
            begin(Kind::employment, attribute(attributes, "id"), origin);
            m_employment = lsu::EmploymentRecord{};
            m_employment.id = m_key;
            m_employment.origin = origin;
        } else if (m_kind == Kind::employment && name == "datore") {
            m_employment.employer_codice_fiscale = attribute(attributes, "codice_fiscale");
            m_employment.employer_name = attribute(attributes, "denominazione");
        } else if (m_kind == Kind::employment && name == "cigs") {
            m_employment.cigs.push_back({to_date(attribute(attributes, "inizio")), to_date(attribute(attributes, "fine")),
                                         detail::to_bool(attribute(attributes, "zero_ore"))});
        } else if (parent == "mansioni" && name == "mansione") {
            m_project.mansioni.push_back({attribute(attributes, "codice"), ""});
        } else if (parent == "proroghe" && name == "proroga") {
            m_project.proroghe.push_back({detail::to_int(attribute(attributes, "numero")), Date{}});
        }
    }

    void begin(Kind kind, std::string key, const SourcePosition& where) {
        m_kind = kind;
        m_record_origin = where;
        m_key = std::move(key);
        m_record_issue.reset();
    }

    void end_record() {
        const Kind kind = m_kind;
        if (const char* problem = dates_out_of_order(kind)) note(m_record_origin, "fine", "coerenza", problem);
        if (kind == Kind::candidate && !m_candidates_seen.insert(m_candidate.codice_fiscale).second) {
            note(m_record_origin, "codice_fiscale", "duplicato", "the person is already a candidate of the project");
        }
        m_kind = Kind::none;
        if (m_record_issue) {
            m_issues.add(std::move(*m_record_issue));
            m_record_issue.reset();
            return;
        }
        if (kind == Kind::candidate) m_records.candidates.push_back(std::move(m_candidate));
        if (kind == Kind::benefit) m_records.benefits.push_back(std::move(m_benefit));
        if (kind == Kind::employment) m_records.employments.push_back(std::move(m_employment));
    }

    // A period of the record that ends before it starts.
    const char* dates_out_of_order(Kind kind) const {
        if (kind == Kind::benefit && m_benefit.end && *m_benefit.end < m_benefit.start) {
            return "the benefit ends before it starts";
        }
        if (kind == Kind::employment) {
            if (m_employment.end && *m_employment.end < m_employment.start) return "the employment ends before it starts";
            for (const auto& p : m_employment.cigs) {
                if (p.end < p.start) return "a CIGS period ends before it starts";
            }
        }
        return nullptr;
    }

    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        InputIssue issue{where, m_key, std::string(field), std::move(rule), std::move(message)};
        if (m_kind == Kind::none) {
            m_project_issues.push_back(std::move(issue));
        } else if (!m_record_issue) {
            m_record_issue = std::move(issue);
        }
    }

    void assign(const std::string& parent, std::string_view name, std::string_view text, const SourcePosition& where) {
        switch (m_kind) {
            case Kind::candidate: return candidate(name, text);
            case Kind::benefit: return benefit(name, text);
            case Kind::employment: return employment(name, text);
            case Kind::none: return project(parent, name, text, where);
        }
    }

    void candidate(std::string_view name, std::string_view text) {
        lsu::Candidate& c = m_candidate;
        if (name == "codice_fiscale") {
            c.codice_fiscale = detail::to_upper_ascii(text);
            m_key = c.codice_fiscale;
        }
        else if (name == "cognome") c.surname = std::string(text);
        else if (name == "nome") c.name = std::string(text);
        else if (name == "nascita") c.birth = to_date(text);
        else if (name == "residenza") c.residence = std::string(text);
        else if (name == "qualifica") c.qualifica = std::string(text);
        else if (name == "did") c.did = to_date(text);
        else if (name == "diritto_pensione") c.pension_right = detail::to_bool(text);
    }

    void benefit(std::string_view name, std::string_view text) {
        lsu::BenefitRecord& b = m_benefit;
        if (name == "codice_fiscale") b.codice_fiscale = detail::to_upper_ascii(text);
        else if (name == "tipo") b.kind = *lsu::parse_benefit_kind(text);
        else if (name == "inizio") b.start = to_date(text);
        else if (name == "fine") b.end = to_date(text);
        else if (name == "importo_mensile") b.monthly_amount = to_decimal(text);
    }

    void employment(std::string_view name, std::string_view text) {
        lsu::EmploymentRecord& e = m_employment;
        if (name == "codice_fiscale") e.codice_fiscale = detail::to_upper_ascii(text);
        else if (name == "inizio") e.start = to_date(text);
        else if (name == "fine") e.end = to_date(text);
    }

    void project(const std::string& parent, std::string_view name, std::string_view text, const SourcePosition& where) {
        lsu::Project& p = m_project;
        if (parent == "ente" && name == "denominazione") p.body_name = std::string(text);
        else if (parent == "ente" && name == "codice_fiscale") p.body_codice_fiscale = std::string(text);
        else if (parent == "progetto" && name == "comune") p.comune = std::string(text);
        else if (parent == "area_cpi") p.cpi_area.emplace_back(text);
        else if (parent == "mansioni" && !p.mansioni.empty()) p.mansioni.back().description = std::string(text);
        else if (parent == "progetto" && name == "inizio") p.start = to_date(text);
        else if (parent == "progetto" && name == "fine") p.end = to_date(text);
        else if (parent == "orario" && name == "settimanale") p.weekly_hours = to_decimal(text);
        else if (parent == "orario" && name == "giornaliero") p.daily_hours = to_decimal(text);
        else if (parent == "retribuzione_riferimento" && name == "netta_mensile") p.comparable_net_pay = to_decimal(text);
        else if (parent == "retribuzione_riferimento" && name == "ore_settimanali") p.comparable_weekly_hours = to_decimal(text);
        else if (parent == "proroga" && !p.proroghe.empty()) p.proroghe.back().new_end = to_date(text);
        else if (name == "proroghe") check_proroghe(where);
        if (parent == "progetto" && name == "fine" && p.end < p.start) {
            m_project_issues.push_back({where, p.id, "fine", "coerenza", "the end precedes the start"});
        }
    }

    // Proroghe are numbered 1, 2, ... in order.
    void check_proroghe(const SourcePosition& where) {
        for (std::size_t i = 0; i < m_project.proroghe.size(); ++i) {
            if (m_project.proroghe[i].number != static_cast<int>(i + 1)) {
                m_project_issues.push_back({where, m_project.id, "proroga", "coerenza",
                                            "proroghe must be numbered 1, 2, ... in order"});
                return;
            }
        }
    }

    lsu::Project& m_project;
    lsu::Records& m_records;
    IssueLog& m_issues;
    detail::ElementPath m_path;
    Kind m_kind = Kind::none;
    std::string m_key;
    SourcePosition m_record_origin;
    lsu::Candidate m_candidate;
    lsu::BenefitRecord m_benefit;
    lsu::EmploymentRecord m_employment;
    std::optional<InputIssue> m_record_issue;
    std::vector<InputIssue> m_project_issues;
    std::set<std::string> m_candidates_seen;
};

}  // namespace

lsu::Project read_lsu_project(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                              lsu::Records& records, IssueLog& issues) {
    const Schema schema{schema_dir / lsu_project_schema_file, std::string(lsu_project_namespace)};
    lsu::Project project;
    ProjectHandler handler(project, records, issues);
    try {
        parse_buffer(bytes, name, schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
    if (!handler.project_issues().empty()) {
        throw InputError(handler.project_issues().front());
    }
    return project;
}

}  // namespace gradus::xml

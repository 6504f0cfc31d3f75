#include "gradus/xml/mirato_reader.hpp"

#include "attributes.hpp"
#include "element_path.hpp"
#include "values.hpp"

#include "gradus/xml/sax_parser.hpp"

#include <optional>

namespace gradus::xml {

namespace {

using detail::to_bool;
using detail::to_date;
using detail::to_int;

using detail::attribute;

// Shared record bookkeeping: a record with a problem keeps only its first issue and is left out
// when it ends; problems outside any record are logged and reading goes on.
class RecordHandler : public Handler {
public:
    RecordHandler(std::string_view root, std::string_view record, IssueLog& issues)
        : m_root(root), m_record_name(record), m_issues(issues) {}

    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const SourcePosition& where) override {
        const bool record_start = name == m_record_name && m_path.depth() == 1;
        if (!record_start) flush_pending();
        if (m_path.depth() == 0) {
            if (name != m_root) {
                throw InputError({where, {}, std::string(name), "documento",
                                  "expected a <" + m_root + "> document, found <" + std::string(name) + ">"});
            }
            root(attributes);
        } else if (record_start) {
            m_in_record = true;
            m_record_issue = std::move(m_pending);  // an error in the record's own attributes
            m_pending.reset();
            if (m_record_issue) m_record_issue->field = m_record_name;
            begin(attributes, where);
        } else if (m_in_record) {
            nested_start(name);
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const std::string parent(m_path.parent());
        m_path.pop();
        flush_pending();
        if (!m_in_record) return;
        if (name == m_record_name && m_path.depth() == 1) {
            m_in_record = false;
            if (m_record_issue) {
                if (m_record_issue->record.empty()) m_record_issue->record = record_key();  // known only now
                m_issues.add(std::move(*m_record_issue));
            } else {
                keep();
            }
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
            // Xerces checks a start tag's attributes before reporting the element: hold the
            // error until it is known whether a record starts there.
            flush_pending();
            m_pending = InputIssue{where, {}, std::string(m_path.current()), "xsd", std::move(message)};
        }
    }

    // A fatal problem: the record being read, if any, is lost with the rest of the file.
    void stop(InputIssue issue) {
        flush_pending();
        if (m_in_record && issue.record.empty()) issue.record = record_key();
        m_issues.add(std::move(issue));
    }

protected:
    virtual void root(const std::vector<Attribute>& attributes) = 0;
    virtual void begin(const std::vector<Attribute>& attributes, const SourcePosition& where) = 0;
    virtual void nested_start(std::string_view) {}
    virtual void assign(const std::string& parent, std::string_view name, std::string&& text) = 0;
    virtual void keep() = 0;
    virtual std::string record_key() const = 0;

private:
    void flush_pending() {
        if (m_pending) m_issues.add(std::move(*m_pending));
        m_pending.reset();
    }

    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        if (!m_record_issue) {
            m_record_issue = InputIssue{where, record_key(), std::string(field), std::move(rule), std::move(message)};
        }
    }

    std::string m_root;
    std::string m_record_name;
    IssueLog& m_issues;
    detail::ElementPath m_path;
    bool m_in_record = false;
    std::optional<InputIssue> m_record_issue;
    std::optional<InputIssue> m_pending;
};

class IscrittiHandler final : public RecordHandler {
public:
    IscrittiHandler(ElencoIscritti& out, IssueLog& issues) : RecordHandler("iscritti", "iscritto", issues), m_out(out) {}

private:
    void root(const std::vector<Attribute>& attributes) override {
        m_out.region_code = attribute(attributes, "regione");
        m_out.province = attribute(attributes, "provincia");
    }

    void begin(const std::vector<Attribute>& attributes, const SourcePosition& where) override {
        m_p = cm::Iscritto{};
        m_p.registration_number = attribute(attributes, "numero");
        m_p.origin = SourcePosition{where.file, where.line, 0};
    }

    void nested_start(std::string_view name) override {
        if (name == "isee") m_p.isee.emplace().origin = m_p.origin;
        if (name == "reddito") m_p.income.emplace().origin = m_p.origin;
    }

    void assign(const std::string& parent, std::string_view name, std::string&& text) override {
        cm::Iscritto& p = m_p;
        if (parent == "iscritto") {
            if (name == "stato_occupazionale") p.status = std::move(text);
            else if (name == "did") p.did_date = to_date(text);
            else if (name == "avviato") p.placed_on = to_date(text);
        } else if (parent == "persona") {
            if (name == "codice_fiscale") p.codice_fiscale = detail::to_upper_ascii(detail::trimmed(text));
            else if (name == "cognome") p.surname = std::move(text);
            else if (name == "nome") p.name = std::move(text);
            else if (name == "sesso") p.sex = text == "F" ? 'F' : 'M';
            else if (name == "nascita") p.birth = to_date(text);
            else if (name == "residenza") p.residence_belfiore = std::move(text);
        } else if (parent == "iscrizione") {
            if (name == "lista") set_list(text);
            else if (name == "data") p.registration_date = to_date(text);
        } else if (parent == "invalidita") {
            if (name == "percentuale") p.invalidity_pct = to_int(text);
            else if (name == "tipo") p.invalidity_kind = std::move(text);
            else if (name == "psichica_intellettiva") p.psychic_intellectual = to_bool(text);
        } else if (parent == "reddito" && p.income) {
            if (name == "anno") p.income->year = to_int(text);
            else if (name == "importo") p.income->amount = detail::to_decimal(text);
        } else if (parent == "isee" && p.isee) {
            if (name == "valore") p.isee->value = detail::to_decimal(text);
            else if (name == "rilascio") p.isee->attestation = to_date(text);
            else if (name == "scadenza") p.isee->expiry = to_date(text);
            else if (name == "difformita") p.isee->omissions = to_bool(text);
        } else if (parent == "carichi_familiari") {
            p.dependants.push_back(m_dependant);
            m_dependant = {};
        } else if (parent == "familiare") {
            if (name == "relazione") m_dependant.relationship = std::move(text);
            else if (name == "nascita") m_dependant.birth = to_date(text);
            else if (name == "invalidita") m_dependant.invalidity_pct = to_int(text);
        } else if (parent == "note_funzionali") {
            auto& f = p.functional;
            if (name == "capacita") f.capacities.emplace_back(detail::trimmed(text));
            else if (name == "controindicazione") f.contraindications.emplace_back(detail::trimmed(text));
            else if (name == "difficolta_locomozione") f.locomotion_difficulty = to_bool(text);
            else if (name == "patente") f.driving_licences.emplace_back(detail::trimmed(text));
            else if (name == "annotazioni") f.text = std::move(text);
        } else if (parent == "qualifiche") {
            p.qualifiche.emplace_back(detail::trimmed(text));
        }
    }

    void set_list(const std::string& text) {
        const auto l = cm::parse_lista(detail::trimmed(text));
        if (!l) throw ParseError("unknown list '" + text + "' (disabili or art18)");
        m_p.lista = *l;
    }

    void keep() override { m_out.iscritti.push_back(std::move(m_p)); }
    std::string record_key() const override { return m_p.registration_number; }

    ElencoIscritti& m_out;
    cm::Iscritto m_p;
    cm::Familiare m_dependant;
};

class AdesioniHandler final : public RecordHandler {
public:
    AdesioniHandler(cm::Chiamata& out, IssueLog& issues) : RecordHandler("adesioni", "adesione", issues), m_out(out) {}

    std::optional<std::string> bad_publication;

private:
    void root(const std::vector<Attribute>& attributes) override {
        m_out.id = attribute(attributes, "chiamata");
        try {
            m_out.publication = to_date(attribute(attributes, "pubblicazione"));
        } catch (const ParseError& e) {
            bad_publication = e.what();
        }
    }

    void begin(const std::vector<Attribute>& attributes, const SourcePosition& where) override {
        m_a = cm::Adesione{};
        m_a.origin = SourcePosition{where.file, where.line, 0};
        try {
            m_a.date = to_date(attribute(attributes, "data"));
        } catch (const ParseError&) {
            // the schema reports the attribute; the record is quarantined by that issue
        }
    }

    void assign(const std::string& parent, std::string_view name, std::string&& text) override {
        if (parent != "adesione") return;
        if (name == "numero_iscrizione") m_a.person = std::string(detail::trimmed(text));
        else if (name == "codice_fiscale") m_a.person = detail::to_upper_ascii(detail::trimmed(text));
    }

    void keep() override { m_out.applications.push_back(std::move(m_a)); }
    std::string record_key() const override { return m_a.person; }

    cm::Chiamata& m_out;
    cm::Adesione m_a;
};

template <typename H>
void parse_with(H& handler, std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / mirato_schema_file, std::string(mirato_namespace)};
    try {
        parse_buffer(bytes, name, schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
}

}  // namespace

ElencoIscritti read_iscritti_bytes(std::string_view bytes, const std::string& name,
                                   const std::filesystem::path& schema_dir, IssueLog& issues) {
    ElencoIscritti out;
    IscrittiHandler handler(out, issues);
    parse_with(handler, bytes, name, schema_dir);
    return out;
}

cm::Chiamata read_adesioni_bytes(std::string_view bytes, const std::string& name,
                                 const std::filesystem::path& schema_dir, IssueLog& issues) {
    cm::Chiamata out;
    AdesioniHandler handler(out, issues);
    const std::size_t known = issues.issues().size();
    parse_with(handler, bytes, name, schema_dir);
    if (out.id.empty() || handler.bad_publication) {
        // Without its call the applications mean nothing: the document is refused with the problem
        // that stopped it (a DOCTYPE, the schema, the encoding) or else the unreadable call.
        if (issues.issues().size() > known) throw InputError(issues.issues()[known]);
        InputIssue issue;
        issue.where.file = name;
        issue.field = "pubblicazione";
        issue.rule = "valore";
        issue.message = "the <adesioni> document names no readable call: " + handler.bad_publication.value_or("no id");
        throw InputError(std::move(issue));
    }
    return out;
}

}  // namespace gradus::xml

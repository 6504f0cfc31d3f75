#include "gradus/xml/mirato_reader.hpp"

#include "attributes.hpp"
#include "mirato_shape.hpp"
#include "plain_scanner.hpp"
#include "record_handler.hpp"
#include "shape_check.hpp"
#include "values.hpp"

#include "gradus/xml/hashed_file.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <limits>
#include <optional>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::RecordHandler;
using detail::to_bool;
using detail::to_date;
using detail::to_int;

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

template <typename H>
void parse_with(H& handler, HashedFile& file, const std::filesystem::path& schema_dir) {
    const Schema schema{schema_dir / mirato_schema_file, std::string(mirato_namespace)};
    try {
        parse_file(file, schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    }
}

// Whether the first reading may be tried: the schema is the one MiratoShape was written for, and
// the file is not one the parse refuses unread for its size.
bool may_read_first(const std::filesystem::path& schema_dir, std::uintmax_t file_bytes) {
    return file_bytes <= Limits{}.max_file_bytes &&
           detail::shape_fits(schema_dir / mirato_schema_file, mirato_shape_schema_sha256);
}

// The first reading: scan_plain() and MiratoShape, without Xerces. True when they vouched for the
// whole document and every record converted, `out` then holding the lists; otherwise `out` is
// untouched and the document must be read by Xerces, validating. Blanks between records, which
// Xerces' validation never counts against the text limit, would fill the root's text in a list of
// many people: the scanner is given no such limit, and every value the shape vouches for is short.
bool read_vouched(std::string_view bytes, const std::string& name, ElencoIscritti& out) {
    ElencoIscritti read;
    IssueLog issues;
    IscrittiHandler handler(read, issues);
    detail::MiratoShape shape(handler);
    Limits limits;
    limits.max_text_length = std::numeric_limits<std::size_t>::max();
    try {
        if (!detail::scan_plain(bytes, name, mirato_namespace, shape, limits)) return false;
    } catch (const detail::OutsideShape&) {
        return false;
    } catch (const InputError&) {
        return false;
    }
    if (!issues.empty()) return false;
    out = std::move(read);
    return true;
}

}  // namespace

ElencoIscritti read_iscritti_bytes(std::string_view bytes, const std::string& name,
                                   const std::filesystem::path& schema_dir, IssueLog& issues, SchemaCheck check) {
    ElencoIscritti out;
    if (check == SchemaCheck::shape_first && may_read_first(schema_dir, bytes.size()) &&
        read_vouched(bytes, name, out)) {
        return out;
    }
    IscrittiHandler handler(out, issues);
    parse_with(handler, bytes, name, schema_dir);
    return out;
}

ElencoIscritti read_iscritti_file(const std::filesystem::path& file, const std::string& name,
                                  const std::filesystem::path& schema_dir, IssueLog& issues, std::string& sha256) {
    HashedFile input(file, name);
    return read_iscritti_file(input, schema_dir, issues, sha256);
}

ElencoIscritti read_iscritti_file(HashedFile& input, const std::filesystem::path& schema_dir, IssueLog& issues,
                                  std::string& sha256) {
    ElencoIscritti out;
    if (may_read_first(schema_dir, input.size())) {
        if (read_vouched(input.read_rest(), input.name(), out)) {
            sha256 = input.finish();
            return out;
        }
        input.rewind();  // throws as a read would, when the source cannot start over
    }
    IscrittiHandler handler(out, issues);
    parse_with(handler, input, schema_dir);
    sha256 = input.finish();
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

#include "gradus/xml/candidature_reader.hpp"

#include "attributes.hpp"
#include "candidature_shape.hpp"
#include "element_path.hpp"
#include "plain_scanner.hpp"
#include "values.hpp"

#include "gradus/xml/hashed_file.hpp"
#include "gradus/xml/sax_parser.hpp"

#include <limits>
#include <optional>
#include <system_error>

namespace gradus::xml {

namespace {

using detail::attribute;
using detail::to_bool;
using detail::to_date;
using detail::to_int;

// Builds one Candidatura per <candidatura>, in place at the end of `out`. A record with a problem
// keeps only its first issue and is taken out when it ends; problems outside any record are logged
// and reading goes on.
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
            m_record->isee.emplace().origin = SourcePosition{where.file, where.line, 0};
        }
        m_path.push(name);
    }

    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        const bool record_end = m_in_record && name == "candidatura" && m_path.depth() == 2;
        if (m_in_record && !record_end) {
            try {
                assign(m_path.parent(), name, text);
            } catch (const ParseError& e) {
                note(where, name, "valore", e.what());
            }
        }
        m_path.pop();
        if (record_end) {
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

    // A fatal problem: the record being read, if any, is lost with the rest of the file.
    void stop(InputIssue issue) {
        if (m_in_record && issue.record.empty()) {
            issue.record = m_record->protocol;
        }
        drop_open_record();
        m_issues.add(std::move(issue));
    }

    // Reading ends inside a record: the part read leaves `out`.
    void drop_open_record() {
        if (m_in_record) {
            m_out.pop_back();
            m_in_record = false;
        }
    }

    // The avviso the file's root names; empty until the root is read.
    const std::string& avviso_id() const { return m_avviso_id; }

private:
    void begin_record(std::string protocol, const SourcePosition& where) {
        m_in_record = true;
        m_record = &m_out.emplace_back();
        m_record->protocol = std::move(protocol);
        m_record->origin = SourcePosition{where.file, where.line, 0};
        m_record_issue.reset();
    }

    void end_record() {
        if (m_record_issue) {
            m_issues.add(std::move(*m_record_issue));
            drop_open_record();
        }
        m_in_record = false;
    }

    void note(const SourcePosition& where, std::string_view field, std::string rule, std::string message) {
        if (!m_record_issue) {
            m_record_issue = InputIssue{where, m_record->protocol, std::string(field), std::move(rule), std::move(message)};
        }
    }

    // The text is copied, never taken: the parser's buffer may be far larger than the value.
    void assign(std::string_view parent, std::string_view name, std::string_view text) {
        art16::Candidatura& c = *m_record;
        if (parent == "candidatura") {
            if (name == "presentata") set_submission(text);
            else if (name == "did") c.did_date = to_date(text);
            else if (name == "stato_occupazionale") c.status.emplace(text);
            else if (name == "flag") c.flags.emplace_back(detail::trimmed(text));
            else if (name == "mesi_disoccupazione") c.unemployment_months = to_int(text);
        } else if (parent == "persona") {
            if (name == "codice_fiscale") c.codice_fiscale = detail::to_upper_ascii(detail::trimmed(text));
            else if (name == "cognome") c.surname = text;
            else if (name == "nome") c.name = text;
            else if (name == "sesso") c.sex = text == "F" ? 'F' : 'M';
            else if (name == "nascita") c.birth = to_date(text);
            else if (name == "residenza") c.residence_belfiore = text;
        } else if (parent == "isee" && c.isee) {
            if (name == "valore") c.isee->value = detail::to_decimal(text);
            else if (name == "rilascio") c.isee->attestation = to_date(text);
            else if (name == "scadenza") c.isee->expiry = to_date(text);
            else if (name == "difformita") c.isee->omissions = to_bool(text);
        } else if (parent == "carichi_familiari") {
            c.dependants.push_back(std::move(m_dependant));
            m_dependant = {};
        } else if (parent == "familiare") {
            if (name == "relazione") m_dependant.relationship = text;
            else if (name == "nascita") m_dependant.birth = to_date(text);
            else if (name == "invalidita") m_dependant.invalidity_pct = to_int(text);
        } else if (parent == "dichiarazioni") {
            if (name == "scuola_obbligo") c.scuola_obbligo = to_bool(text);
            else if (name == "requisiti_generali") c.general_requirements = to_bool(text);
        } else if (parent == "riserve") {
            c.reserve_claims.emplace_back(detail::trimmed(text));
        }
    }

    void set_submission(std::string_view text) {
        const std::string_view timestamp = detail::trimmed(text);
        const std::size_t t = timestamp.find('T');
        if (t == std::string_view::npos) {
            throw ParseError("not a date and time: '" + std::string(text) + "'");
        }
        m_record->submission_date = to_date(timestamp.substr(0, t));
        m_record->submitted_at = timestamp;
    }

    std::vector<art16::Candidatura>& m_out;
    IssueLog& m_issues;
    std::string m_avviso_id;
    detail::ElementPath m_path;
    bool m_in_record = false;
    art16::Candidatura* m_record = nullptr;  // the last of m_out while m_in_record
    art16::Dependant m_dependant;
    std::optional<InputIssue> m_record_issue;
};

// A <candidatura> takes some 900 bytes (890 on average from bench/make-candidature.py): room for
// one per 512 bytes of the file makes the records one allocation, never moved as they come.
constexpr std::uintmax_t least_bytes_per_record = 512;

Schema candidature_schema(const std::filesystem::path& schema_dir, bool validate) {
    return Schema{schema_dir / candidature_schema_file, std::string(candidature_namespace), validate};
}

// The first reading of a document in memory: scan_plain(), CandidatureShape answering for the
// schema. Blanks between elements, which Xerces' validation never counts against the text limit,
// would fill the root's text in a file of many records: the scanner is given no such limit, and
// every value the shape vouches for is short.
void scan_first(std::string_view bytes, const std::string& name, Handler& shape) {
    Limits limits;
    limits.max_text_length = std::numeric_limits<std::size_t>::max();
    if (!detail::scan_plain(bytes, name, candidature_namespace, shape, limits)) {
        throw detail::OutsideShape{"not plain XML"};
    }
}

// The first reading of a file: `first` gives the document to CandidatureShape without Xerces'
// validation (throwing OutsideShape when it cannot). True when the shape vouched for the whole
// document and every record converted; otherwise the records it added leave `out` and the file
// must be read again, validating.
template <typename First>
bool read_vouched(std::vector<art16::Candidatura>& out, std::string* avviso_id, First first) {
    const std::size_t first_record = out.size();
    IssueLog issues;
    CandidatureHandler handler(out, issues);
    detail::CandidatureShape shape(handler);
    bool vouched = false;
    try {
        first(shape);
        vouched = issues.empty();
    } catch (const detail::OutsideShape&) {
    } catch (const InputError&) {
    } catch (...) {
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(first_record), out.end());
        throw;
    }
    if (!vouched) {
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(first_record), out.end());
        return false;
    }
    if (avviso_id) *avviso_id = handler.avviso_id();
    return true;
}

// `first` is the first reading (see read_vouched), `parse` the validating one, and `rewind` starts
// the document over between the two.
template <typename First, typename Parse, typename Rewind>
void read_with(const std::filesystem::path& schema_dir, std::uintmax_t file_bytes,
               std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id, SchemaCheck check,
               First first, Parse parse, Rewind rewind) {
    const bool too_large = file_bytes > Limits{}.max_file_bytes;  // refused unread
    if (!too_large) {
        out.reserve(out.size() + static_cast<std::size_t>(file_bytes / least_bytes_per_record));
    }
    if (check == SchemaCheck::shape_first && !too_large &&
        detail::shape_fits(schema_dir / candidature_schema_file, candidature_shape_schema_sha256)) {
        if (read_vouched(out, avviso_id, first)) return;
        rewind();  // throws as a read would, when the source cannot start over
    }
    const Schema schema = candidature_schema(schema_dir, true);
    CandidatureHandler handler(out, issues);
    try {
        parse(schema, handler);
    } catch (const InputError& e) {
        handler.stop(e.issue());
    } catch (...) {
        handler.drop_open_record();
        throw;
    }
    if (avviso_id) *avviso_id = handler.avviso_id();
}

std::string read_hashed_file(HashedFile& input, const std::filesystem::path& schema_dir,
                             std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id) {
    read_with(
        schema_dir, input.size(), out, issues, avviso_id, SchemaCheck::shape_first,
        [&](Handler& shape) { scan_first(input.read_rest(), input.name(), shape); },
        [&](const Schema& schema, Handler& handler) { parse_file(input, schema, handler); },
        [&] { input.rewind(); });
    return input.finish();
}

}  // namespace

void read_candidature(const std::filesystem::path& file, const std::filesystem::path& schema_dir,
                      std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    read_with(
        schema_dir, ec ? 0 : size, out, issues, avviso_id, SchemaCheck::shape_first,
        [&](Handler& shape) { parse_file(file, candidature_schema(schema_dir, false), shape); },
        [&](const Schema& schema, Handler& handler) { parse_file(file, schema, handler); }, [] {});
}

std::string read_candidature_file(const std::filesystem::path& file, const std::string& name,
                                  const std::filesystem::path& schema_dir, std::vector<art16::Candidatura>& out,
                                  IssueLog& issues, std::string* avviso_id) {
    HashedFile input(file, name);
    return read_hashed_file(input, schema_dir, out, issues, avviso_id);
}

std::string read_candidature_file(HashedFile& input, const std::filesystem::path& schema_dir,
                                  std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id) {
    return read_hashed_file(input, schema_dir, out, issues, avviso_id);
}

void read_candidature_bytes(std::string_view bytes, const std::string& name, const std::filesystem::path& schema_dir,
                            std::vector<art16::Candidatura>& out, IssueLog& issues, std::string* avviso_id,
                            SchemaCheck check) {
    read_with(
        schema_dir, bytes.size(), out, issues, avviso_id, check, [&](Handler& shape) { scan_first(bytes, name, shape); },
        [&](const Schema& schema, Handler& handler) { parse_buffer(bytes, name, schema, handler); }, [] {});
}

bool candidature_shape_vouches(std::string_view bytes, const std::filesystem::path& schema_dir) {
    if (!detail::shape_fits(schema_dir / candidature_schema_file, candidature_shape_schema_sha256)) return false;
    std::vector<art16::Candidatura> out;
    return read_vouched(out, nullptr, [&](Handler& shape) { scan_first(bytes, "document", shape); });
}

}  // namespace gradus::xml

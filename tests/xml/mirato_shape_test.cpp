// gradus reads an <iscritti> document (the collocamento mirato lists, L. 68/1999 art. 8) first
// without Xerces: the plain XML scanner and its own check of mirato-iscritti-1.xsd (MiratoShape)
// answer for documents plainly inside the schema, and Xerces' validation reads any other. These
// tests hold the first reading to its promise: whatever it vouches for, Xerces' validation
// accepts and gives the reader the same calls (names, attributes, text, lines and columns), so
// that both ways give the same people and the same issues.

#include "xml_test_support.hpp"

#include "gradus/core/sha256.hpp"
#include "gradus/xml/hashed_file.hpp"
#include "gradus/xml/mirato_reader.hpp"
#include "xml/mirato_shape.hpp"
#include "xml/plain_scanner.hpp"
#include "xml/shape_check.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <optional>
#include <regex>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

std::string xsd() { return (schema_dir() / mirato_schema_file).string(); }

// Xerces' reading, validating or only checking XML.
XercesReading read_with_xerces(const std::string& bytes, bool validate) {
    return test::read_with_xerces(bytes, "l.xml", Schema{xsd(), std::string(mirato_namespace), validate});
}

Limits first_reading_limits() {
    Limits limits;
    limits.max_text_length = std::numeric_limits<std::size_t>::max();
    return limits;
}

// The first reading: the calls when it vouches for the whole document, nullopt otherwise.
std::optional<std::vector<std::string>> read_plain(const std::string& bytes) {
    PositionedCalls calls;
    detail::MiratoShape shape(calls);
    try {
        if (!detail::scan_plain(bytes, "l.xml", mirato_namespace, shape, first_reading_limits())) return std::nullopt;
    } catch (const detail::OutsideShape&) {
        return std::nullopt;
    }
    return calls.calls;
}

std::string text_of(const cm::Iscritto& p) {
    std::string out = p.registration_number + " " + p.codice_fiscale + " " + p.surname + "/" + p.name + " " + p.sex +
                      " " + p.birth.to_iso() + " " + p.residence_belfiore + " " + std::string(cm::to_string(p.lista)) +
                      " " + p.registration_date.to_iso() + " " + std::to_string(p.invalidity_pct) + " " +
                      p.invalidity_kind + (p.psychic_intellectual ? " psi" : "");
    if (p.income) out += " reddito " + std::to_string(p.income->year) + " " + p.income->amount.to_string();
    if (p.isee) {
        out += " isee " + p.isee->value.to_string() + " " + p.isee->attestation.to_iso() + " " +
               p.isee->expiry.to_iso() + (p.isee->omissions ? " difforme" : "");
    }
    for (const auto& f : p.dependants) {
        out += " familiare " + f.relationship + " " + f.birth.to_iso() + " " + std::to_string(f.invalidity_pct);
    }
    if (p.status) out += " stato " + *p.status;
    if (p.did_date) out += " did " + p.did_date->to_iso();
    for (const auto& c : p.functional.capacities) out += " capacita " + c;
    for (const auto& c : p.functional.contraindications) out += " controindicazione " + c;
    for (const auto& c : p.functional.driving_licences) out += " patente " + c;
    out += p.functional.locomotion_difficulty ? " locomozione" : "";
    out += " [" + p.functional.text + "]";
    for (const auto& q : p.qualifiche) out += " qualifica " + q;
    if (p.placed_on) out += " avviato " + p.placed_on->to_iso();
    return out + " @" + p.origin.file.str() + ":" + std::to_string(p.origin.line);
}

// What the reader makes of a document: the lists' people and the issues, one per line.
std::string reading(const std::string& bytes, SchemaCheck check) {
    IssueLog issues;
    const ElencoIscritti elenco = read_iscritti_bytes(bytes, "l.xml", schema_dir(), issues, check);
    std::string out = elenco.region_code + " " + elenco.province + "\n";
    for (const auto& p : elenco.iscritti) out += text_of(p) + "\n";
    for (const InputIssue& issue : issues.issues()) out += issue.to_string() + "\n";
    return out;
}

// A list that uses every element and attribute of <iscritti>, written the way people write XML:
// indented, a comment, references, accents, single quotes, empty elements.
const std::string valid = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- liste del collocamento mirato -->
<iscritti xmlns="urn:gradus:mirato-iscritti:1" regione='01' provincia="TO">
  <iscritto numero="TO/2011-0001">
    <persona>
      <codice_fiscale>TSTBBR61L71F839J</codice_fiscale>
      <cognome>D'Àngelo &amp; Testa</cognome>
      <nome>Barbara Nicolò</nome>
      <sesso>F</sesso>
      <nascita>1961-07-31</nascita>
      <residenza>H223</residenza>
    </persona>
    <iscrizione><lista>disabili</lista><data>2011-05-07</data></iscrizione>
    <invalidita><percentuale>97</percentuale><tipo>civile</tipo><psichica_intellettiva>true</psichica_intellettiva></invalidita>
    <reddito><anno>2024</anno><importo>15635.13</importo></reddito>
    <isee><valore>8181.1</valore><rilascio>2025-11-12</rilascio><scadenza>2025-12-31</scadenza><difformita>0</difformita></isee>
    <carichi_familiari>
      <familiare><relazione>figlio</relazione><nascita>1984-05-09</nascita></familiare>
      <familiare><relazione>coniuge</relazione><nascita>1960-02-29</nascita><invalidita>100</invalidita></familiare>
    </carichi_familiari>
    <stato_occupazionale>disoccupato</stato_occupazionale>
    <did>2014-04-29</did>
    <note_funzionali>
      <capacita>uso_computer</capacita>
      <controindicazione>carichi.pesanti</controindicazione>
      <difficolta_locomozione>false</difficolta_locomozione>
      <patente>B</patente><patente>C1E</patente>
      <annotazioni>Turni &lt;6 ore;
 "part-time"</annotazioni>
    </note_funzionali>
    <qualifiche><qualifica>6.2.1.3.0</qualifica></qualifiche>
    <avviato>2025-03-01</avviato>
  </iscritto>
  <iscritto numero="TO2">
    <persona><codice_fiscale>vllfnc72h23c573w</codice_fiscale><cognome>Villa</cognome><nome>Francesco</nome><sesso>M</sesso><nascita>1972-06-23</nascita><residenza>E506</residenza></persona>
    <iscrizione><lista>art18</lista><data>2020-01-31</data></iscrizione>
    <note_funzionali><difficolta_locomozione>1</difficolta_locomozione><annotazioni/></note_funzionali>
  </iscritto>
</iscritti>
)";

// Holds one document to the promise; counts what each side did.
struct Tally {
    std::size_t documents = 0, vouched = 0, refused_by_xerces = 0;

    // The first reading against Xerces' validation, and the reader's results both ways.
    void check(const std::string& what, const std::string& document) {
        INFO(what);
        check_plain(document);
        if (read_with_xerces(document, true).refused) ++refused_by_xerces;
        CHECK(reading(document, SchemaCheck::shape_first) == reading(document, SchemaCheck::xsd_only));
    }

    // Only what the first reading accepts goes to Xerces.
    void check_plain(const std::string& document) {
        ++documents;
        if (const auto plain = read_plain(document)) {
            ++vouched;
            const XercesReading xerces = read_with_xerces(document, true);
            CHECK_FALSE(xerces.refused);
            CHECK(*plain == xerces.calls);
        }
    }
};

// Values tried in place of each element's text and each attribute: the edges of every simple
// type of <iscritti>, blanks, references, and characters a length or a pattern may read in more
// than one way.
const std::vector<std::string> tried_values = {
    "", " ", "0", "1", "01", "1.", "001", "0100", "100", "101", "999", "-1", "+1", "1.5", "1.50", "1.505", " 1", "1 ",
    "\t1", "1\n", "true", "false", "TRUE", "yes", " true", "M", "F", "m", "MF", "disabili", "art18", "Disabili",
    "art 18", "civile", "lavoro", "guerra", "servizio", "altro", "disoccupato", "inoccupato", "occupato", "sospeso",
    "coniuge", "figlio", "fratello", "genitore", "B", "C1E", "AM", "ABCDE", "b", "B ", "1899", "1900", "2999",
    "3000", "02024", "+2024", "2024.0", "123456789", "1234567890", "123456789.12", "0.00", ".5", "5.", "TO", "to",
    "T0", "TOR", "H223", "h223", "H22", "H2233", "TSTBBR61L71F839J", "TSTBBR61L71F839", "TSTBBR61L71F839J1",
    "TSTBBR61L71F839-", "TO/2011-0001", "_TO", "a.b/c-d_e", std::string(32, 'x'), std::string(33, 'x'),
    std::string(64, 'x'), std::string(65, 'x'), "2024-02-29", "2023-02-29", "2024-13-01", "2024-12-31Z",
    " 2024-12-31", "2024-12-31 ", "0000-01-01", "Rossi", " Rossi", "Rossi ", "Ro  ssi", "Nicolò", "Società",
    "\xf0\x9d\x92\x9c", "\xe4\xb8\xad", "a&amp;b", "&lt;", "a&#10;b", "&#65;", "<![CDATA[1]]>", "1<!-- c -->",
    "<!-- c -->1", "<?pi x?>1", "<x>1</x>", "a]]>b", "a\tb", "a\nb", std::string(100, 'x'), std::string(101, 'x'),
    std::string(99, 'x') + "\xc3\xa8", std::string(2000, 'x'), std::string(2001, 'x'), std::string(1999, 'x') + "\xc3\xa8",
};

}  // namespace

TEST_CASE("the mirato shape check is written for mirato-iscritti-1.xsd as it is", "[xml][shape]") {
    CHECK(sha256_hex(read_bytes(schema_dir() / mirato_schema_file)) == mirato_shape_schema_sha256);
}

TEST_CASE("a valid list is vouched for and read as Xerces' validation reads it, positions included", "[xml][shape]") {
    for (const std::string line_end : {"\n", "\r\n", "\r"}) {
        INFO("line ends " << (line_end == "\n" ? "LF" : line_end == "\r" ? "CR" : "CR LF"));
        const std::string document = std::regex_replace(valid, std::regex("\n"), line_end);
        const XercesReading xerces = read_with_xerces(document, true);
        REQUIRE_FALSE(xerces.refused);
        const auto plain = read_plain(document);
        REQUIRE(plain);
        CHECK(*plain == xerces.calls);
        CHECK(reading(document, SchemaCheck::shape_first) == reading(document, SchemaCheck::xsd_only));
    }
}

TEST_CASE("every list of the fixtures is vouched for and read as Xerces reads it", "[xml][shape]") {
    for (const std::string file : {"torino-iscritti.xml", "lecco-iscritti.xml"}) {
        INFO(file);
        const std::string bytes = read_bytes(source_dir() / "fixtures" / "mirato" / file);
        const XercesReading xerces = read_with_xerces(bytes, true);
        REQUIRE_FALSE(xerces.refused);
        const auto plain = read_plain(bytes);
        REQUIRE(plain);
        CHECK(*plain == xerces.calls);
    }
}

TEST_CASE("an <adesioni> document, the schema's other root, is left to Xerces", "[xml][shape]") {
    const std::string adesioni = R"(<adesioni xmlns="urn:gradus:mirato-iscritti:1" chiamata="C1" pubblicazione="2025-01-10">
  <adesione data="2025-01-12"><numero_iscrizione>TO2</numero_iscrizione></adesione>
</adesioni>)";
    REQUIRE_FALSE(read_with_xerces(adesioni, true).refused);
    CHECK_FALSE(read_plain(adesioni));
}

TEST_CASE("with any other mirato-iscritti-1.xsd every list is validated by Xerces", "[xml][shape]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "gradus-xml-tests" / "mirato-edited";
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(schema_dir() / mirato_schema_file, dir / mirato_schema_file,
                               std::filesystem::copy_options::overwrite_existing);
    // A list Xerces refuses only for what the edited schema adds would pass the first reading.
    const std::string refused_by_edit = std::regex_replace(valid, std::regex("<sesso>F</sesso>"), "<sesso>M</sesso>");
    IssueLog issues;
    CHECK(read_iscritti_bytes(refused_by_edit, "l.xml", dir, issues).iscritti.size() == 2);
    CHECK(issues.empty());
    std::string schema = read_bytes(dir / mirato_schema_file);
    schema.replace(schema.find(R"(<xs:enumeration value="M"/>)"), 27, "");
    std::ofstream(dir / mirato_schema_file, std::ios::binary | std::ios::trunc) << schema;
    std::filesystem::last_write_time(dir / mirato_schema_file,
                                     std::filesystem::last_write_time(dir / mirato_schema_file) + std::chrono::hours(1));
    IssueLog edited;
    CHECK(read_iscritti_bytes(refused_by_edit, "l.xml", dir, edited).iscritti.empty());
    CHECK(edited.size() == 2);
}

TEST_CASE("the first reading of a list never vouches for what Xerces refuses: each value changed (mirato-iscritti-1.xsd)",
          "[xml][shape]") {
    Tally tally;
    const std::regex leaf(R"(<([a-z_]+)>([^<]*)</([a-z_]+)>)");
    std::vector<std::string> seen;
    for (auto it = std::sregex_iterator(valid.begin(), valid.end(), leaf); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string name = m[1];
        const std::size_t at = static_cast<std::size_t>(m.position(0));
        const std::size_t length = static_cast<std::size_t>(m.length(0));
        const std::string element = m[0];
        tally.check("no " + name, replaced(valid, at, length, ""));
        tally.check("twice " + name, replaced(valid, at, length, element + element));
        tally.check("attribute on " + name,
                    replaced(valid, at, length, "<" + name + " a=\"1\">" + std::string(m[2]) + "</" + name + ">"));
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
        seen.push_back(name);
        for (const std::string& v : tried_values) {
            tally.check(name + " = '" + v + "'", replaced(valid, at, length, "<" + name + ">" + v + "</" + name + ">"));
        }
    }
    const std::regex attribute(R"( (regione|provincia|numero)=("[^"]*"|'[^']*'))");
    for (auto it = std::sregex_iterator(valid.begin(), valid.end(), attribute); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::size_t at = static_cast<std::size_t>(m.position(0));
        const std::size_t length = static_cast<std::size_t>(m.length(0));
        tally.check("no attribute " + std::string(m[1]), replaced(valid, at, length, ""));
        for (const std::string& v : tried_values) {
            if (v.find('"') != std::string::npos || v.find('<') != std::string::npos) continue;
            tally.check(std::string(m[1]) + " = '" + v + "'",
                        replaced(valid, at, length, " " + std::string(m[1]) + "=\"" + v + "\""));
        }
    }
    tally.check("an undeclared attribute on the root", replaced(valid, valid.find(" provincia="), 0, " extra=\"1\""));
    CHECK(tally.refused_by_xerces > tally.documents / 2);
    CHECK(tally.vouched > 300);
}

TEST_CASE("the first reading of a list never vouches for what Xerces refuses: each element moved, repeated or given content",
          "[xml][shape]") {
    Tally tally;
    const std::regex start_tag(R"(<([a-z_]+)(?: [^>]*)?>)");
    for (auto it = std::sregex_iterator(valid.begin(), valid.end(), start_tag); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string name = m[1];
        const std::size_t end = static_cast<std::size_t>(m.position(0) + m.length(0));
        for (const std::string& inside :
             {std::string("x"), std::string("<extra/>"), std::string("<nome>x</nome>"), std::string("<![CDATA[]]>"),
              std::string("<?pi?>"), std::string("&#32;"), std::string("\r\n"), std::string("<!-- c -->"),
              std::string("<" + name + "/>"), std::string(" <q:x xmlns:q=\"urn:q\"/>"),
              std::string("<x xmlns=\"urn:other\"/>"), std::string("<nome xmlns=\"urn:gradus:mirato-iscritti:1\">x</nome>")}) {
            tally.check(inside + " in " + name, replaced(valid, end, 0, inside));
        }
        const std::string close = "</" + name + ">";
        const std::size_t close_at = valid.find(close, end);
        if (close_at == std::string::npos) continue;
        const std::string whole = valid.substr(static_cast<std::size_t>(m.position(0)),
                                               close_at + close.size() - static_cast<std::size_t>(m.position(0)));
        tally.check("no " + name, replaced(valid, static_cast<std::size_t>(m.position(0)), whole.size(), ""));
        tally.check("twice " + name, replaced(valid, static_cast<std::size_t>(m.position(0)), whole.size(), whole + whole));
        for (int times : {16, 17, 32, 33, 64, 65}) {  // the schema's maxOccurs
            std::string many;
            for (int i = 0; i < times; ++i) many += whole;
            tally.check(std::to_string(times) + " x " + name,
                        replaced(valid, static_cast<std::size_t>(m.position(0)), whole.size(), many));
        }
    }
    CHECK(tally.refused_by_xerces > tally.documents / 3);
    CHECK(tally.vouched > 30);
}

TEST_CASE("a list the first reading cannot vouch for is read again from its first byte, validating", "[xml][shape]") {
    // One person breaks the schema: Xerces quarantines that one, keeps the other, and says where.
    const std::string bad = replaced(valid, valid.find("<sesso>M</sesso>"), 16, "<sesso>X</sesso>");
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "gradus-xml-tests" / "mirato-bad.xml";
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bad;
    IssueLog issues;
    std::string sha256;
    const ElencoIscritti elenco = read_iscritti_file(file, "bad.xml", schema_dir(), issues, sha256);
    REQUIRE(elenco.iscritti.size() == 1);
    CHECK(elenco.iscritti.front().registration_number == "TO/2011-0001");
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues().front().record == "TO2");
    CHECK(issues.issues().front().where.file == "bad.xml");
    CHECK(sha256 == sha256_hex(bad));
    IssueLog same;
    read_iscritti_bytes(bad, "bad.xml", schema_dir(), same, SchemaCheck::xsd_only);
    REQUIRE(same.size() == 1);
    CHECK(issues.issues().front().to_string() == same.issues().front().to_string());
}

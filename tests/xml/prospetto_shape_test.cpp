// gradus reads a prospetto first without Xerces: a scanner of plain XML (scan_plain) and its own
// check of unipi-pid-1.xsd (ProspettoShape) answer for documents plainly inside the schema, and
// Xerces' validation reads any other document. These tests hold the first reading to its promise:
// whatever it vouches for, Xerces' validation accepts, and gives the reader the same calls (names,
// attributes, text, lines and columns), so that both ways give the same prospetti and issues.

#include "xml_test_support.hpp"

#include "gradus/core/sha256.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "xml/plain_scanner.hpp"
#include "xml/prospetto_shape.hpp"
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

std::string xsd() { return (schema_dir() / unipi_schema_file).string(); }

// Xerces' reading, validating or only checking XML.
XercesReading read_with_xerces(const std::string& bytes, bool validate) {
    return test::read_with_xerces(bytes, "p.xml", Schema{xsd(), std::string(unipi_namespace), validate});
}

// The first reading: the calls when it vouches for the whole document, nullopt otherwise.
std::optional<std::vector<std::string>> read_plain(const std::string& bytes) {
    PositionedCalls calls;
    detail::ProspettoShape shape(calls);
    try {
        if (!detail::scan_plain(bytes, "p.xml", unipi_namespace, shape, Limits{})) return std::nullopt;
    } catch (const detail::OutsideShape&) {
        return std::nullopt;
    }
    return calls.calls;
}

// The scanner alone, whatever the schema says.
bool scans(const std::string& bytes) {
    PositionedCalls calls;
    return detail::scan_plain(bytes, "p.xml", unipi_namespace, calls, Limits{});
}

// What the reader makes of a document: the prospetto's key fields, or its issue.
std::string reading(const std::string& bytes, SchemaCheck check) {
    IssueLog issues;
    const auto p = read_prospetto_bytes(bytes, "p.xml", prospetto_schema(schema_dir()), issues, check);
    std::string out;
    for (const InputIssue& issue : issues.issues()) out += issue.to_string() + "\n";
    if (p) {
        out += p->codice_comunicazione + " " + p->data_invio + " " + std::to_string(p->provinces.size()) + " ";
        for (const auto& province : p->provinces) {
            out += province.provincia + "/" + std::to_string(province.posts.size());
            for (const auto& post : province.posts) out += "@" + std::to_string(post.line);
        }
    }
    return out;
}

// A prospetto that uses every part of the schema gradus reads and the parts it skips, written
// the way people write XML: indented, a comment, references, accents, single quotes.
const std::string valid = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- prospetto di prova -->
<prospetto xmlns="http://servizi.lavoro.gov.it/UNIPI" codicecomunicazione="PI24000000000099"
           dataInvio="2025-01-20T10:00:00" delegato="RSSMRA80A01H501U" e-mailDelegato='studio@example.it'
           protocollo="00000099" versione="PIDISABILI001600" tipoDelegato="consulente &amp; c.">
  <quadro1>
    <datiprospetto>
      <datariferimento>2024-12-31</datariferimento>
      <capogruppo>N</capogruppo>
      <nlavoratorinazionali>60</nlavoratorinazionali>
      <categoriaazienda>B</categoriaazienda>
    </datiprospetto>
    <datiaziendali>
      <dichiarante>
        <tipologiadichiarante>A</tipologiadichiarante>
        <codicefiscale>12345678901</codicefiscale>
        <denominazione>Rossi &amp; Bianchi srl</denominazione>
        <settore>Attività 25.62</settore>
        <ccnl>011</ccnl>
      </dichiarante>
      <sedelegale>
        <comunesedelegale>H501</comunesedelegale>
        <indirizzosedelegale tipo="via">Via Garibaldi 10</indirizzosedelegale>
      </sedelegale>
      <referente>
        <cognome>Nicolò</cognome>
        <recapiti canale="mail"> <email>a@b.it</email> <!-- nota --> </recapiti>
      </referente>
    </datiaziendali>
  </quadro1>
  <quadro2>
    <datiprovinciali><provincia>058</provincia><sederiferimento/></datiprovinciali>
    <personaledipendente>
      <nlavoratori>60</nlavoratori>
      <disabili>
        <nlavoratoritempopieno>1</nlavoratoritempopieno>
        <parttime>
          <nlavoratoriparttime>1</nlavoratoriparttime>
          <orariosettimanalecontrattuale>40:00</orariosettimanalecontrattuale>
          <orariosettimanaleparttime>20:00</orariosettimanaleparttime>
        </parttime>
      </disabili>
      <centralinisti><nlavoratoritempopieno>0</nlavoratoritempopieno></centralinisti>
      <massofisioterapisti><nlavoratoritempopieno>0</nlavoratoritempopieno></massofisioterapisti>
      <telelavoro><nlavoratoritempopieno>0</nlavoratoritempopieno></telelavoro>
      <categorieescluse><categoria>0001</categoria><numero>2</numero></categorieescluse>
      <dettaglioparttime><numero>3</numero><orariosettimanalecontrattuale>40:00</orariosettimanalecontrattuale><orariosettimanaleparttime>10:30</orariosettimanaleparttime></dettaglioparttime>
      <dettagliointermittenti><numero>1</numero><orariosettimanalecontrattuale>40:00</orariosettimanalecontrattuale><orariosettimanalesvolto>12:00</orariosettimanalesvolto></dettagliointermittenti>
      <categorieprotette>0</categorieprotette>
    </personaledipendente>
    <personalenondipendente>
      <lavoratoridisabilisomministrati><nlavoratoritempopieno>0</nlavoratoritempopieno></lavoratoridisabilisomministrati>
      <lavoratoridisabiliconv12bis14><nlavoratoritempopieno>0</nlavoratoritempopieno></lavoratoridisabiliconv12bis14>
    </personalenondipendente>
    <postilavoro>
      <qualificaprof>4.1.1.2.0.1</qualificaprof>
      <mansione>Impiegato d'ordine</mansione>
      <nposti>1</nposti>
      <categoriasogg>D</categoriasogg>
      <comuneass>H501</comuneass>
      <capacitacontroindicazioni>nessuna</capacitacontroindicazioni>
      <barrierearchitettoniche>N</barrierearchitettoniche>
      <turninotturni>N</turninotturni>
      <mezzipubblici>S</mezzipubblici>
    </postilavoro>
    <compensazioni><provincia>001</provincia><categoriacomp>E</categoriacomp><numero>1</numero><categoriasogg>D</categoriasogg></compensazioni>
    <sospensioni><stato>E</stato><causale>A</causale><datafinesospensione>2025-06-30</datafinesospensione><numerolavoratori>2</numerolavoratori></sospensioni>
    <esoneri><stato>E</stato><finoal>2025-12-31</finoal><percentuale> 5 </percentuale></esoneri>
    <note>Nota del &quot;prospetto&quot;</note>
  </quadro2>
  <quadro3>
    <riepilogonazionale><numLavBaseComputoArt3>60</numLavBaseComputoArt3><numLavBaseComputoArt18>60</numLavBaseComputoArt18><quotariservadisabili>3</quotariservadisabili><quotariservacatprotette>1</quotariservacatprotette><esoneri>0</esoneri><disabili>0</disabili><catprotette>0</catprotette><quotaesuberiArt18>0</quotaesuberiArt18><scoperturedisabili>3</scoperturedisabili><scoperturecatprotette>1</scoperturecatprotette><sospensioniincorso>S</sospensioniincorso></riepilogonazionale>
    <elencoriepilogativoprovinciale><provincia>058</provincia><numLavBaseComputoArt3>60</numLavBaseComputoArt3><numLavBaseComputoArt18>60</numLavBaseComputoArt18><disabili>0</disabili><catprotette>0</catprotette><quotariservadisabili>3</quotariservadisabili><quotariservacatprotette>1</quotariservacatprotette><esonerati>0</esonerati><scoperturedisabili>3</scoperturedisabili><scoperturecatprotette>1</scoperturecatprotette><sospensioniincorso>S</sospensioniincorso></elencoriepilogativoprovinciale>
  </quadro3>
  <tipocomunicazione>01</tipocomunicazione>
</prospetto>
)";

// Holds one document to the promise; counts what each side did.
struct Tally {
    std::size_t documents = 0, vouched = 0, scanned = 0, refused_by_xerces = 0;

    // The first reading against Xerces' validation, and the reader's results both ways.
    void check(const std::string& what, const std::string& document) {
        INFO(what);
        check_plain(document);
        const XercesReading xerces = read_with_xerces(document, true);
        if (xerces.refused) ++refused_by_xerces;
        CHECK(reading(document, SchemaCheck::shape_first) == reading(document, SchemaCheck::xsd_only));
    }

    // Only what the first reading accepts goes to Xerces (the many broken documents of a
    // byte-by-byte test would otherwise take most of its time).
    void check_plain(const std::string& document) {
        ++documents;
        if (const auto plain = read_plain(document)) {
            ++vouched;
            const XercesReading xerces = read_with_xerces(document, true);
            CHECK_FALSE(xerces.refused);
            CHECK(*plain == xerces.calls);
        }
        if (scans(document)) {
            ++scanned;
            CHECK_FALSE(read_with_xerces(document, false).refused);
        }
    }
};

// Values tried in place of each element's text: the edges of every simple type of the schema,
// blanks, references and characters that a length or a pattern may read in more than one way.
const std::vector<std::string> tried_values = {
    "", " ", "0", "1", "12", "123", "999999", "1234567", "-1", "+1", "1.5", " 1", "1 ", "\t1", "1\n", "0001",
    "001", "00001", "S", "N", "s", "SN", "E", "F", "R", "D", "C", "A", "B", "G", "NU", "NO", "nu", "01", "02",
    "03", "04", "1 ", "H501", "h501", "0000", "000", "H50", "H5011", "12:30", "1:30", "12:60", "12:5", "99:59",
    "12.30", " 5 ", "  100  ", "1000", "5%", "4.1.1.2.0.1", "4.1.1.2.0.12", "4.1.1.2.0.123", "4.1.1.2.0", "4.1.1.2.0.",
    "2024-02-29", "2023-02-29", "2024-13-01", "2024-12-31Z", " 2024-12-31", "2024-12-31 ", "0000-01-01",
    "2025-01-20T10:00:00", "12345678901", "1234567890", "RSSMRA80A01H501U", "rssmra80a01H501U",
    "PI24000000000099", "PI2400000000009", "PI240000000000999", "Nicolò", "Società", "\xf0\x9d\x92\x9c",
    "a&amp;b", "&lt;", "a&#10;b", "&#65;", "<![CDATA[1]]>", "1<!-- c -->", "<!-- c -->1", "<?pi x?>1", "<x>1</x>",
    "a]]>b", "a]b", "a\tb", std::string(200, 'x'), std::string(201, 'x'), std::string(2000, 'x'),
    std::string(2001, 'x'), std::string(199, 'x') + "\xc3\xa8", "\xc3\xa8",
};

}  // namespace

TEST_CASE("the prospetto shape check is written for unipi-pid-1.xsd as it is", "[xml][shape]") {
    CHECK(sha256_hex(read_bytes(schema_dir() / unipi_schema_file)) == prospetto_shape_schema_sha256);
}

TEST_CASE("with any other unipi-pid-1.xsd every prospetto is validated by Xerces", "[xml][shape]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "gradus-xml-tests" / "unipi-edited";
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(schema_dir() / unipi_schema_file, dir / unipi_schema_file,
                               std::filesystem::copy_options::overwrite_existing);
    CHECK(prospetto_shape_vouches(valid, dir));
    std::ofstream(dir / unipi_schema_file, std::ios::app) << "<!-- edited -->\n";
    std::filesystem::last_write_time(dir / unipi_schema_file,
                                     std::filesystem::last_write_time(dir / unipi_schema_file) + std::chrono::hours(1));
    CHECK_FALSE(prospetto_shape_vouches(valid, dir));
}

TEST_CASE("a valid prospetto is vouched for and read as Xerces' validation reads it, positions included",
          "[xml][shape]") {
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

TEST_CASE("every prospetto of the fixtures is vouched for and read as Xerces reads it", "[xml][shape]") {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "fixtures" / "l68" / "prospetti")) {
        INFO(entry.path().filename().string());
        const std::string bytes = read_bytes(entry.path());
        const XercesReading xerces = read_with_xerces(bytes, true);
        const auto plain = read_plain(bytes);
        CHECK(plain.has_value() != xerces.refused);
        if (plain) CHECK(*plain == xerces.calls);
        ++count;
    }
    CHECK(count >= 30);
}

TEST_CASE("the first reading never vouches for what Xerces refuses: each value changed (unipi-pid-1.xsd)",
          "[xml][shape]") {
    Tally tally;
    const std::regex leaf(R"(<([A-Za-z0-9]+)>([^<]*)</([A-Za-z0-9]+)>)");
    std::vector<std::string> seen;
    for (auto it = std::sregex_iterator(valid.begin(), valid.end(), leaf); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string name = m[1];
        const std::size_t at = static_cast<std::size_t>(m.position(0));
        const std::size_t length = static_cast<std::size_t>(m.length(0));
        const std::string element = m[0];
        tally.check("no " + name, replaced(valid, at, length, ""));
        tally.check("twice " + name, replaced(valid, at, length, element + element));
        tally.check("attribute on " + name, replaced(valid, at, length, "<" + name + " a=\"1\">" + std::string(m[2]) + "</" + name + ">"));
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
        seen.push_back(name);
        for (const std::string& v : tried_values) {
            tally.check(name + " = '" + v + "'", replaced(valid, at, length, "<" + name + ">" + v + "</" + name + ">"));
        }
    }
    const std::regex attribute(R"( ([A-Za-z-]+)=("[^"]*"|'[^']*'))");
    for (auto it = std::sregex_iterator(valid.begin(), valid.begin() + static_cast<std::ptrdiff_t>(valid.find("<quadro1>")), attribute);
         it != std::sregex_iterator(); ++it) {
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
    tally.check("an undeclared attribute on the root", replaced(valid, valid.find(" protocollo="), 0, " extra=\"1\""));
    CHECK(tally.refused_by_xerces > tally.documents / 2);
    CHECK(tally.vouched > 300);
}

TEST_CASE("the first reading never vouches for what Xerces refuses: each element moved, repeated or given content",
          "[xml][shape]") {
    Tally tally;
    const std::regex start_tag(R"(<([A-Za-z0-9]+)(?: [^>]*)?>)");
    for (auto it = std::sregex_iterator(valid.begin(), valid.end(), start_tag); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string name = m[1];
        const std::size_t end = static_cast<std::size_t>(m.position(0) + m.length(0));
        for (const std::string& inside :
             {std::string("x"), std::string("<extra/>"), std::string("<extra>1</extra>"), std::string("<![CDATA[]]>"),
              std::string("<?pi?>"), std::string("&#32;"), std::string("\r\n"), std::string("<!-- c -->"),
              std::string("<" + name + "/>"), std::string(" <q:x xmlns:q=\"urn:q\"/>"),
              std::string("<x xmlns=\"urn:other\"/>"), std::string("<x xmlns=\"http://servizi.lavoro.gov.it/UNIPI\"/>")}) {
            tally.check(inside + " in " + name, replaced(valid, end, 0, inside));
        }
        const std::string close = "</" + name + ">";
        const std::size_t close_at = valid.find(close, end);
        if (close_at == std::string::npos) continue;
        const std::string whole = valid.substr(static_cast<std::size_t>(m.position(0)),
                                               close_at + close.size() - static_cast<std::size_t>(m.position(0)));
        tally.check("no " + name, replaced(valid, static_cast<std::size_t>(m.position(0)), whole.size(), ""));
        tally.check("twice " + name, replaced(valid, static_cast<std::size_t>(m.position(0)), whole.size(), whole + whole));
    }
    CHECK(tally.refused_by_xerces > tally.documents / 2);
    CHECK(tally.vouched > 30);
}

TEST_CASE("the plain scanner never vouches for what is not well formed: a character added or removed anywhere",
          "[xml][shape]") {
    Tally tally;
    const std::vector<std::string> inserted = {"<", ">", "&", "\r", "\r\n", "\t", "\n", " ", "x", "/", "=", ":", "\"", "'", "-",
                                               "]]>", "&#10;", "&lt;", "\xc3\xa8", "\xc2\x85", "\xef\xbf\xbe", "\xff",
                                               "\xc3", std::string(1, '\0'), "\x01", "\xe2\x80\xa8", "\xe2\x80\xa9",
                                               "\xf0\x9d\x92\x9c", "<!-->", "<!--->"};
    for (std::size_t at = 0; at < valid.size(); ++at) {  // each insertion lands in every kind of place
        INFO("byte " << at);
        tally.check_plain(replaced(valid, at, 1, ""));
        for (std::size_t i = at % 4; i < inserted.size(); i += 4) {
            INFO("'" << inserted[i] << "' inserted");
            tally.check_plain(replaced(valid, at, 0, inserted[i]));
        }
    }
    tally.check("CR LF line ends", std::regex_replace(valid, std::regex("\n"), "\r\n"));
    tally.check("CR line ends", std::regex_replace(valid, std::regex("\n"), "\r"));
    tally.check("CR LF line ends in the middle of a tag",
                replaced(valid, valid.find(" dataInvio="), 1, "\r\n"));
    tally.check("a byte order mark", "\xef\xbb\xbf" + valid);
    tally.check("no declaration", valid.substr(valid.find('\n') + 1));
    tally.check("a lowercase encoding", replaced(valid, valid.find("UTF-8"), 5, "utf-8"));
    tally.check("another encoding", replaced(valid, valid.find("UTF-8"), 5, "ISO-8859-1"));
    tally.check("standalone", replaced(valid, valid.find("?>"), 0, " standalone=\"yes\""));
    tally.check("version 1.1", replaced(valid, valid.find("1.0"), 3, "1.1"));
    tally.check("a DOCTYPE", replaced(valid, valid.find("<!--"), 0, "<!DOCTYPE prospetto>\n"));
    tally.check("text after the root", valid + "x");
    tally.check("a comment after the root", valid + "<!-- fine -->\n");
    tally.check("a second root", valid + "<prospetto/>");
    tally.check("cut short", valid.substr(0, valid.size() / 2));
    // Most changes break the document, and many keep it well formed and valid.
    CHECK(tally.scanned < tally.documents / 2);
    CHECK(tally.vouched > 1500);
}

TEST_CASE("what a review found: a comment opened by '<!-->', U+2028 where Xerces does not count its column",
          "[xml][shape]") {
    Tally tally;
    const std::string comment = "<!-- prospetto di prova -->";
    const std::size_t at = valid.find(comment);
    for (const std::string other : {"<!--><!DOCTYPE x -->", "<!---><!DOCTYPE x -->", "<!-->\n<!DOCTYPE y-->"}) {
        tally.check(other, replaced(valid, at, comment.size(), other));
    }
    const std::string separator = "\xe2\x80\xa8";
    tally.check("U+2028 in an attribute", replaced(valid, valid.find("tipo=\"via\""), 10, "tipo=\"" + separator + "\""));
    tally.check("U+2028 in a comment", replaced(valid, valid.find("<!-- nota -->"), 13, "<!-- no" + separator + "ta -->"));
    tally.check("U+2028 after ']'", replaced(valid, valid.find("Attività 25.62"), 15, "A]" + separator));
    CHECK(tally.vouched == 3);  // the comments; U+2028 goes to Xerces
}

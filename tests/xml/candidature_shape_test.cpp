// gradus reads a candidature file first without Xerces' validation, its own check of
// candidature-1.xsd answering for documents plainly inside the schema, and validates any other
// document with Xerces. These tests hold the check to its one promise: whatever it vouches for,
// Xerces' validation accepts, so that both ways of reading give the same records and issues.

#include "candidatura_text.hpp"
#include "xml_test_support.hpp"

#include "gradus/core/byte_source.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/xml/candidature_reader.hpp"
#include "gradus/xml/hashed_file.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <regex>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

struct Reading {
    std::vector<std::string> records;
    std::vector<std::string> issues;
    std::string avviso_id;
};

Reading read(const std::string& bytes, SchemaCheck check) {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
    Reading r;
    read_candidature_bytes(bytes, "c.xml", schema_dir(), records, issues, &r.avviso_id, check);
    r.records = describe(records);
    for (const InputIssue& issue : issues.issues()) r.issues.push_back(issue.to_string());
    return r;
}

std::string valid_candidature() { return read_bytes(data_dir() / "candidature-valid.xml"); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t begin = 0;
    for (std::size_t end; (end = text.find('\n', begin)) != std::string::npos; begin = end + 1) {
        lines.push_back(text.substr(begin, end - begin));
    }
    lines.push_back(text.substr(begin));
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) text += (i ? "\n" : "") + lines[i];
    return text;
}

struct Mutation {
    std::string what;
    std::string document;
};

// Values tried in place of each element's text: edges on both sides of every simple type of
// candidature-1.xsd, blanks, markup inside a value and characters that regular expressions read
// in more than one way.
std::vector<std::string> tried_values() {
    std::vector<std::string> values = {
        "", " ", "x", "0", "1", "7", "100", "101", "999", "1000", "1200", "1201", "12000", "-1", "+1", "1.5",
        "12.345", "1.", ".5", "00.10", "0.1", "1,5", "1e3", "123456789.12", "1234567890", "true", "false", "TRUE",
        "yes", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "0001-01-01", "2026-13-01",
        "2026-00-10", "2026-04-31", "2026-04-30", "2026-1-01", "-2026-01-01", "2026-01-01Z", "2026-01-01+01:00",
        "2026-03-10T23:59:59", "2026-03-10T24:00:00", "2026-03-10T23:59:60", "2026-03-10T09:15:42Z",
        "2026-03-10T09:15:42.5", "2026-03-10t09:15:42", "M", "F", "m", "MF", "D704", "d704", "D70", "D7040",
        "ABCDEFGHIJKLMNOP", "abcdefghijklmnop", "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOPQ", "ABCDEFGHIJKLMNO!",
        "D'Amico", "Nicolò", "Àlvaro", "Dell'Orto-Sàndor", "a b", "a  b", "a\tb", "a&#10;b", "&#13;a", "a&#9;",
        "a\xe2\x80\xa8" "b", "a\xc2\x85" "b", "\xc2\xa0" "a", "a\xc2\xa0", "\xf0\x9d\x92\x9c" "b", "b\xf0\x9d\x92\x9c",
        "\xe5\xbc\xa0", "disoccupato", "Disoccupato", "inoccupato", "sospeso", "altro", "coniuge", "figlio ",
        "volontari_ff_aa", "_x", "a/b", "a.b-c", "a b", "<![CDATA[7]]>", "7<!-- c -->", "<!-- c -->7", "<?pi x?>7",
        "7&#x20;", "&#x20;7", "&amp;", "a&lt;b", "<x>7</x>",
        std::string(100, 'a'), std::string(101, 'a'), "a" + std::string(98, ' ') + "a", std::string(32, '1'),
        std::string(33, '1'), std::string(64, 'c'), std::string(65, 'c'), std::string(50, 'e') + "\xc3\xa8" +
        std::string(49, 'e'), std::string(99, 'e') + "\xc3\xa8",
    };
    for (const std::string& v : {std::string("2026-03-10T09:15:42"), std::string("1984-07-15"), std::string("75")}) {
        values.push_back(" " + v);
        values.push_back(v + " ");
        values.push_back("\n" + v + "\n");
    }
    return values;
}

// The valid fixture with one change at a time: each value replaced by each tried value, each
// element removed, repeated, moved, given an attribute, a child, text or another namespace.
std::vector<Mutation> mutations_of(const std::string& valid) {
    const std::vector<std::string> lines = lines_of(valid);
    const std::regex leaf(R"(^(\s*)<([a-z_]+)>(.*)</([a-z_]+)>$)");
    const std::regex open_tag(R"(^(\s*)<([a-z_]+)((?: [a-z_]+="[^"]*")*)>$)");
    const std::vector<std::string> values = tried_values();
    std::vector<Mutation> out;
    auto with = [&](std::string what, std::size_t at, std::size_t count, const std::vector<std::string>& instead) {
        std::vector<std::string> changed(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(at));
        changed.insert(changed.end(), instead.begin(), instead.end());
        changed.insert(changed.end(), lines.begin() + static_cast<std::ptrdiff_t>(at + count), lines.end());
        out.push_back(Mutation{std::move(what), joined(changed)});
    };
    std::vector<std::string> seen;  // each element name gets every tried value once
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::smatch m;
        const std::string& line = lines[i];
        if (std::regex_match(line, m, leaf)) {
            const std::string indent = m[1], name = m[2], value = m[3];
            const std::string at = name + " at line " + std::to_string(i + 1);
            with("no " + at, i, 1, {});
            with("twice " + at, i, 1, {line, line});
            if (i + 1 < lines.size()) with("swapped " + at, i, 2, {lines[i + 1], line});
            with("attribute on " + at, i, 1, {indent + "<" + name + " a=\"1\">" + value + "</" + name + ">"});
            with("xsi:nil on " + at, i, 1,
                 {indent + "<" + name + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">" +
                  value + "</" + name + ">"});
            with("xml:lang on " + at, i, 1, {indent + "<" + name + " xml:lang=\"it\">" + value + "</" + name + ">"});
            with("other namespace " + at, i, 1,
                 {indent + "<" + name + " xmlns=\"urn:other\">" + value + "</" + name + ">"});
            with("unknown element after " + at, i, 1, {line, indent + "<extra>1</extra>"});
            if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
            seen.push_back(name);
            for (const std::string& v : values) {
                with(name + " = '" + v + "'", i, 1, {indent + "<" + name + ">" + v + "</" + name + ">"});
            }
        } else if (std::regex_match(line, m, open_tag) && i > 0) {
            const std::string indent = m[1], name = m[2], attributes = m[3];
            std::size_t close = i + 1;
            while (close < lines.size() && lines[close] != indent + "</" + name + ">") ++close;
            REQUIRE(close < lines.size());
            const std::vector<std::string> block(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                                 lines.begin() + static_cast<std::ptrdiff_t>(close + 1));
            const std::string at = name + " at line " + std::to_string(i + 1);
            with("no " + at, i, block.size(), {});
            std::vector<std::string> twice = block;
            twice.insert(twice.end(), block.begin(), block.end());
            with("twice " + at, i, block.size(), twice);
            with("text in " + at, i, 1, {line + "x"});
            with("empty CDATA in " + at, i, 1, {line + "<![CDATA[]]>"});
            with("blank CDATA in " + at, i, 1, {line + "<![CDATA[ ]]>"});
            with("character reference to a newline in " + at, i, 1, {line + "&#10;"});
            with("character reference to a blank in " + at, i, 1, {line + "&#x20;&#9;"});
            with("character reference to a letter in " + at, i, 1, {line + "&#65;"});
            with("unknown child first in " + at, i, 1, {line, indent + "  <extra>1</extra>"});
            with("unknown child last in " + at, close, 1, {indent + "  <extra/>", lines[close]});
            with("other namespace " + at, i, block.size(), [&] {
                std::vector<std::string> moved = block;
                moved.front() = indent + "<" + name + attributes + " xmlns=\"urn:other\">";
                return moved;
            }());
            with("attribute on " + at, i, 1, {indent + "<" + name + attributes + " a=\"1\">"});
            if (!attributes.empty()) {
                with("no attribute on " + at, i, 1, {indent + "<" + name + ">"});
                for (const std::string& v : {std::string(""), std::string(" 1"), std::string("1 "), std::string("_1"),
                                             std::string(32, '9'), std::string(33, '9'), std::string(65, '9')}) {
                    with(name + " attribute '" + v + "'", i, 1,
                         {std::regex_replace(line, std::regex("=\"[^\"]*\""), "=\"" + v + "\"")});
                }
            }
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the shape check is written for candidature-1.xsd as it is", "[xml][shape]") {
    // An edited schema must be read against src/xml/candidature_shape.cpp before this digest moves:
    // the check would otherwise vouch for documents the new schema refuses.
    CHECK(sha256_hex(read_bytes(schema_dir() / "candidature-1.xsd")) == candidature_shape_schema_sha256);
}

TEST_CASE("with any other candidature-1.xsd every file is validated by Xerces", "[xml][shape]") {
    // An office's --data-dir may hold its own copy: the check answers only for the schema it was
    // written for, even when the other one differs by a comment.
    const auto dir = std::filesystem::temp_directory_path() / "gradus-shape-other-schema";
    std::filesystem::create_directories(dir);
    const std::string schema = read_bytes(schema_dir() / "candidature-1.xsd");
    std::ofstream(dir / "candidature-1.xsd", std::ios::binary) << schema << "<!-- edited -->\n";
    const std::string valid = valid_candidature();
    CHECK_FALSE(candidature_shape_vouches(valid, dir));
    std::ofstream(dir / "candidature-1.xsd", std::ios::binary | std::ios::trunc) << schema;
    CHECK(candidature_shape_vouches(valid, dir));
}

TEST_CASE("a file of many records is vouched for however many blanks lie between them", "[xml][shape]") {
    // Without the grammar the blanks between elements are text of the root: more than the 1 MiB
    // text limit of them must not send a valid file to the slower reading.
    std::string bytes = valid_candidature();
    const auto second = bytes.find("  <candidatura protocollo=\"2026/000102\">");
    REQUIRE(second != std::string::npos);
    bytes.insert(second, std::string((1 << 20) + 4096, '\n'));
    CHECK(candidature_shape_vouches(bytes, schema_dir()));
    CHECK(read(bytes, SchemaCheck::shape_first).records == read(bytes, SchemaCheck::xsd_only).records);
}

TEST_CASE("valid candidature are vouched for and read as Xerces' validation reads them", "[xml][shape]") {
    const std::string valid = valid_candidature();
    CHECK(candidature_shape_vouches(valid, schema_dir()));
    const Reading shape = read(valid, SchemaCheck::shape_first);
    const Reading xsd = read(valid, SchemaCheck::xsd_only);
    CHECK(xsd.issues.empty());
    CHECK(shape.records == xsd.records);
    CHECK(shape.avviso_id == xsd.avviso_id);
    CHECK(shape.records.size() == 3);
}

TEST_CASE("the shape check never vouches for what Xerces' validation refuses (candidature-1.xsd)", "[xml][shape]") {
    const std::vector<Mutation> mutations = mutations_of(valid_candidature());
    REQUIRE(mutations.size() > 2000);
    std::size_t vouched = 0, refused_by_xsd = 0;
    for (const Mutation& m : mutations) {
        INFO(m.what);
        const Reading xsd = read(m.document, SchemaCheck::xsd_only);
        const bool vouches = candidature_shape_vouches(m.document, schema_dir());
        if (vouches) {
            ++vouched;
            CHECK(xsd.issues.empty());
        }
        if (!xsd.issues.empty()) ++refused_by_xsd;
        const Reading shape = read(m.document, SchemaCheck::shape_first);
        CHECK(shape.records == xsd.records);
        CHECK(shape.issues == xsd.issues);
        CHECK(shape.avviso_id == xsd.avviso_id);
    }
    // Neither side may be trivial: most changes break the schema, and many still keep to it.
    CHECK(refused_by_xsd > mutations.size() / 2);
    CHECK(vouched > 150);
}

TEST_CASE("the shape check vouches for values at the schema's edges", "[xml][shape]") {
    const std::string valid = valid_candidature();
    const auto vouches_with = [&](const std::string& from, const std::string& to) {
        const auto at = valid.find(from);
        REQUIRE(at != std::string::npos);
        std::string changed = valid;
        changed.replace(at, from.size(), to);
        return candidature_shape_vouches(changed, schema_dir());
    };
    CHECK(vouches_with("<cognome>Bianchi</cognome>", "<cognome>" + std::string(100, 'B') + "</cognome>"));
    CHECK(vouches_with("<cognome>Bianchi</cognome>", "<cognome>D'Amico Dell'Orto</cognome>"));
    CHECK(vouches_with("<invalidita>75</invalidita>", "<invalidita>100</invalidita>"));
    CHECK(vouches_with("<mesi_disoccupazione>7</mesi_disoccupazione>",
                       "<mesi_disoccupazione>1200</mesi_disoccupazione>"));
    CHECK(vouches_with("<nascita>1984-07-15</nascita>", "<nascita>2000-02-29</nascita>"));
    CHECK(vouches_with("<presentata>2026-03-10T09:15:42</presentata>", "<presentata>2026-03-10T23:59:59</presentata>"));
    CHECK(vouches_with("<valore>12500.01</valore>", "<valore>123456789.12</valore>"));
    CHECK(vouches_with("avviso=\"AV-2026-017\"", "avviso=\"" + std::string(64, 'A') + "\""));
    // And refuses, on the other side of each edge.
    CHECK_FALSE(vouches_with("<cognome>Bianchi</cognome>", "<cognome>" + std::string(101, 'B') + "</cognome>"));
    CHECK_FALSE(vouches_with("<invalidita>75</invalidita>", "<invalidita>101</invalidita>"));
    CHECK_FALSE(vouches_with("<nascita>1984-07-15</nascita>", "<nascita>1900-02-29</nascita>"));
    CHECK_FALSE(vouches_with("avviso=\"AV-2026-017\"", "avviso=\"" + std::string(65, 'A') + "\""));
}

TEST_CASE("a file the shape check cannot vouch for is read again from its first byte, validating",
          "[xml][shape]") {
    // One record breaks the schema at the end of the file: the first reading has gone through
    // the whole file before it gives up.
    std::string bytes = valid_candidature();
    const auto last = bytes.rfind("<mesi_disoccupazione>");
    REQUIRE(last != std::string::npos);
    bytes.replace(last, std::strlen("<mesi_disoccupazione>"), "<mesi_disoccupazione>x");
    const Reading xsd = read(bytes, SchemaCheck::xsd_only);
    REQUIRE(xsd.issues.size() == 1);
    CHECK(xsd.issues.front().find("rule xsd") != std::string::npos);

    SECTION("from a file on disk") {
        const auto file = write_scratch("shape-fallback.xml", bytes);
        std::vector<art16::Candidatura> records;
        IssueLog issues;
        const std::string digest = read_candidature_file(file, "c.xml", schema_dir(), records, issues);
        CHECK(describe(records) == xsd.records);
        REQUIRE(issues.size() == 1);
        CHECK(issues.issues().front().to_string() == xsd.issues.front());
        CHECK(digest == sha256_hex(bytes));
    }
    SECTION("from another source of bytes, read in small pieces") {
        class Pieces final : public ByteSource {
        public:
            explicit Pieces(std::string bytes) : m_bytes(std::move(bytes)) {}
            std::uintmax_t size() const override { return m_bytes.size(); }
            std::size_t read(unsigned char* to, std::size_t max) override {
                const std::size_t count = std::min({max, std::size_t{7}, m_bytes.size() - m_at});
                std::memcpy(to, m_bytes.data() + m_at, count);
                m_at += count;
                return count;
            }
            void rewind() override {
                ++rewinds;
                m_at = 0;
            }
            int rewinds = 0;

        private:
            std::string m_bytes;
            std::size_t m_at = 0;
        };
        auto source = std::make_unique<Pieces>(bytes);
        Pieces& pieces = *source;
        HashedFile input(std::move(source), "c.xml");
        std::vector<art16::Candidatura> records;
        IssueLog issues;
        const std::string digest = read_candidature_file(input, schema_dir(), records, issues);
        CHECK(pieces.rewinds == 1);
        CHECK(describe(records) == xsd.records);
        REQUIRE(issues.size() == 1);
        CHECK(issues.issues().front().to_string() == xsd.issues.front());
        CHECK(digest == sha256_hex(bytes));
    }
}

#include "xml_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

std::string valid_avviso() { return read_bytes(data_dir() / "avviso-valid.xml"); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

bool has_event(const RecordingHandler& h, const std::string& event) {
    return std::find(h.events.begin(), h.events.end(), event) != h.events.end();
}

InputIssue parse_failure(const std::string& document, const Limits& limits = {}) {
    RecordingHandler handler;
    try {
        parse_buffer(document, "doc.xml", avviso_schema(), handler, limits);
    } catch (const InputError& e) {
        return e.issue();
    }
    FAIL("the document was accepted");
    return {};
}

const std::string prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace

TEST_CASE("a valid document reaches the handler element by element, text whole and UTF-8", "[xml]") {
    RecordingHandler handler;
    parse_file(data_dir() / "avviso-valid.xml", avviso_schema(), handler);
    CHECK(handler.errors.empty());
    CHECK(handler.events.front() == "start avviso@2 id=AV-2026-017");
    CHECK(has_event(handler, "end denominazione@4 [Comune di Forlì]"));
    CHECK(has_event(handler, "end stato@24 [disoccupato]"));
    CHECK(handler.events.back().rfind("end avviso@40 [", 0) == 0);
}

TEST_CASE("text split by the scanner and by references arrives as one string", "[xml]") {
    std::string long_text;
    for (int i = 0; i < 3000; ++i) {
        long_text += "Pulizia &amp; custodia àèì ";
    }
    RecordingHandler handler;
    parse_buffer(replaced(valid_avviso(), "Addetti ai servizi di pulizia", long_text), "doc.xml", avviso_schema(),
                 handler);
    std::string expected;
    for (int i = 0; i < 3000; ++i) {
        expected += "Pulizia & custodia àèì ";
    }
    CHECK(has_event(handler, "end descrizione@11 [" + expected + "]"));
}

TEST_CASE("a schema violation is reported with its line and parsing goes on", "[xml]") {
    RecordingHandler handler;
    parse_buffer(replaced(valid_avviso(), "<posti>3</posti>", "<posti>tre</posti>"), "doc.xml", avviso_schema(),
                 handler);
    REQUIRE(handler.errors.size() == 1);
    CHECK(handler.errors[0].rfind("13: ", 0) == 0);
    CHECK(has_event(handler, "end chiusura@37 [2026-03-23]"));
}

TEST_CASE("an impossible date such as 2025-02-30 is a schema violation", "[xml]") {
    RecordingHandler handler;
    parse_buffer(replaced(valid_avviso(), "2026-03-02", "2025-02-30"), "doc.xml", avviso_schema(), handler);
    REQUIRE(handler.errors.size() == 1);
    CHECK(handler.errors[0].rfind("35: ", 0) == 0);
}

TEST_CASE("a DOCTYPE is refused, billion laughs included", "[xml]") {
    const std::string laughs = prolog +
                               "<!DOCTYPE avviso [\n"
                               " <!ENTITY lol \"lol\">\n"
                               " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                               " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                               " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                               "]>\n"
                               "<avviso xmlns=\"urn:gradus:avviso:1\" id=\"&lol3;\"/>\n";
    const InputIssue issue = parse_failure(laughs);
    CHECK(issue.message.find("DOCTYPE") != std::string::npos);
    CHECK(issue.where.file == "doc.xml");
    CHECK(issue.where.line == 2);
}

TEST_CASE("an external entity is never read", "[xml]") {
    const std::string xxe = prolog + "<!DOCTYPE avviso [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
                            replaced(valid_avviso().substr(prolog.size()), "Comune di Forlì", "&xxe;");
    RecordingHandler handler;
    REQUIRE_THROWS_AS(parse_buffer(xxe, "doc.xml", avviso_schema(), handler), InputError);
    for (const std::string& event : handler.events) {
        CHECK(event.find("root:") == std::string::npos);
    }
    const InputIssue issue = parse_failure(xxe);
    CHECK(issue.message.find("root:") == std::string::npos);
}

TEST_CASE("an undeclared entity reference is not well-formed", "[xml]") {
    const InputIssue issue = parse_failure(replaced(valid_avviso(), "Comune di Forlì", "&xxe;"));
    CHECK(issue.rule == "xml");
    CHECK(issue.where.line == 4);
}

TEST_CASE("a foreign xsi:schemaLocation is ignored and our schema still applies", "[xml]") {
    const std::string foreign =
        replaced(replaced(valid_avviso(), "<avviso xmlns=\"urn:gradus:avviso:1\"",
                          "<avviso xmlns=\"urn:gradus:avviso:1\" "
                          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                          "xsi:schemaLocation=\"urn:gradus:avviso:1 http://127.0.0.1:9/evil.xsd\""),
                 "<posti>3</posti>", "<posti>0</posti>");
    RecordingHandler handler;
    parse_buffer(foreign, "doc.xml", avviso_schema(), handler);
    REQUIRE(handler.errors.size() == 1);
    CHECK(handler.errors[0].rfind("13: ", 0) == 0);
}

TEST_CASE("a root element in another namespace is refused", "[xml]") {
    const InputIssue issue =
        parse_failure(replaced(valid_avviso(), "urn:gradus:avviso:1", "urn:example:avviso"));
    CHECK(issue.message.find("wrong namespace 'urn:example:avviso'") != std::string::npos);
    CHECK(issue.rule == "namespace");
    const InputIssue none = parse_failure(replaced(valid_avviso(), " xmlns=\"urn:gradus:avviso:1\"", ""));
    CHECK(none.message.find("wrong namespace ''") != std::string::npos);
}

TEST_CASE("a truncated document fails after delivering what came before", "[xml]") {
    const std::string whole = valid_avviso();
    const std::string truncated = whole.substr(0, whole.find("<requisiti>") + 20);
    RecordingHandler handler;
    try {
        parse_buffer(truncated, "doc.xml", avviso_schema(), handler);
        FAIL("the truncated document was accepted");
    } catch (const InputError& e) {
        CHECK(e.issue().rule == "xml");
        CHECK(e.issue().where.line == 20);
    }
    CHECK(has_event(handler, "end mesi@17 [12]"));
}

TEST_CASE("an invalid UTF-8 byte is refused as such", "[xml]") {
    const InputIssue issue = parse_failure(replaced(valid_avviso(), "Forlì", "Forl\xEC"));
    CHECK(issue.message.find("UTF-8") != std::string::npos);
    CHECK(issue.where.line == 4);
    const std::string latin1 =
        replaced(replaced(valid_avviso(), "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""), "Forlì", "Forl\xEC");
    CHECK(parse_failure(latin1).message.find("UTF-8") != std::string::npos);
}

TEST_CASE("nesting deeper than the limit is refused", "[xml]") {
    std::string deep = prolog + "<avviso xmlns=\"urn:gradus:avviso:1\" id=\"A\">\n";
    for (int i = 0; i < 200; ++i) {
        deep += "<x>\n";
    }
    const InputIssue issue = parse_failure(deep);
    CHECK(issue.rule == "limit");
    CHECK(issue.message.find("deeper than 64") != std::string::npos);
    CHECK(issue.where.line == 2 + 64);
}

TEST_CASE("an attribute longer than the limit is refused", "[xml]") {
    const InputIssue issue =
        parse_failure(replaced(valid_avviso(), "AV-2026-017", std::string(5000, 'A')));
    CHECK(issue.rule == "limit");
    CHECK(issue.message.find("attribute 'id'") != std::string::npos);
    CHECK(issue.where.line == 2);
}

TEST_CASE("element text longer than the limit is refused", "[xml]") {
    Limits limits;
    limits.max_text_length = 10;
    const InputIssue issue = parse_failure(valid_avviso(), limits);
    CHECK(issue.rule == "limit");
    CHECK(issue.where.line == 4);
}

TEST_CASE("a file over the size limit is refused before it is read", "[xml]") {
    Limits limits;
    limits.max_file_bytes = 100;
    RecordingHandler handler;
    try {
        parse_file(data_dir() / "avviso-valid.xml", avviso_schema(), handler, limits);
        FAIL("the file was accepted");
    } catch (const InputError& e) {
        CHECK(e.issue().rule == "limit");
        CHECK(e.issue().where.file.str().find("avviso-valid.xml") != std::string::npos);
    }
    CHECK(handler.events.empty());
}

TEST_CASE("a missing input file is an input error, a missing schema a configuration error", "[xml]") {
    RecordingHandler handler;
    CHECK_THROWS_AS(parse_file(data_dir() / "no-such-file.xml", avviso_schema(), handler), InputError);
    const Schema missing{schema_dir() / "no-such.xsd", "urn:gradus:avviso:1"};
    CHECK_THROWS_AS(parse_file(data_dir() / "avviso-valid.xml", missing, handler), ConfigError);
    const Schema other{schema_dir() / "avviso-1.xsd", "urn:gradus:other:1"};
    CHECK_THROWS_AS(parse_file(data_dir() / "avviso-valid.xml", other, handler), ConfigError);
}

TEST_CASE("a schema checked once serves its batch; one edited before the next check is loaded anew", "[xml]") {
    const std::string original = read_bytes(schema_dir() / "avviso-1.xsd");
    const std::filesystem::path xsd = write_scratch("avviso-checked.xsd", original);
    const CheckedSchema batch(Schema{xsd, "urn:gradus:avviso:1"});
    RecordingHandler before;
    parse_buffer(valid_avviso(), "doc.xml", batch, before);
    CHECK(before.errors.empty());

    // The edited schema allows at most 2 posts; the avviso asks for 3, on its line 13.
    write_scratch("avviso-checked.xsd", replaced(original, "<xs:maxInclusive value=\"9999\"/>",
                                                 "<xs:maxInclusive value=\"2\"/>"));
    std::filesystem::last_write_time(xsd, batch.version() + std::chrono::seconds(2));
    RecordingHandler same_batch;
    parse_buffer(valid_avviso(), "doc.xml", batch, same_batch);
    CHECK(same_batch.errors.empty());

    const CheckedSchema next(Schema{xsd, "urn:gradus:avviso:1"});
    CHECK(next.version() != batch.version());
    RecordingHandler next_batch;
    parse_buffer(valid_avviso(), "doc.xml", next, next_batch);
    REQUIRE_FALSE(next_batch.errors.empty());
    CHECK(next_batch.errors.front().rfind("13: ", 0) == 0);

    CHECK_THROWS_AS(CheckedSchema(Schema{schema_dir() / "no-such.xsd", "urn:gradus:avviso:1"}), ConfigError);
}

TEST_CASE("separate parsers run on two threads at once", "[xml]") {
    const std::string good = valid_avviso();
    const std::string bad = replaced(good, "<posti>3</posti>", "<posti>tre</posti>");
    RecordingHandler good_alone;
    RecordingHandler bad_alone;
    parse_buffer(good, "good.xml", avviso_schema(), good_alone);
    parse_buffer(bad, "bad.xml", avviso_schema(), bad_alone);

    std::vector<RecordingHandler> good_runs(20);
    std::vector<RecordingHandler> bad_runs(20);
    std::thread first([&] {
        for (auto& h : good_runs) parse_buffer(good, "good.xml", avviso_schema(), h);
    });
    std::thread second([&] {
        for (auto& h : bad_runs) parse_buffer(bad, "bad.xml", avviso_schema(), h);
    });
    first.join();
    second.join();
    for (const auto& h : good_runs) {
        CHECK(h.events == good_alone.events);
        CHECK(h.errors.empty());
    }
    for (const auto& h : bad_runs) {
        CHECK(h.events == bad_alone.events);
        CHECK(h.errors == bad_alone.errors);
    }
}

TEST_CASE("every malformed UTF-8 form is refused, valid four-byte characters and a BOM are not", "[xml]") {
    const std::vector<std::string> malformed{
        "\xC0\xAF",          // overlong '/'
        "\xE0\x80\xAF",      // overlong, three bytes
        "\xED\xA0\x80",      // a UTF-16 surrogate
        "\xF4\x90\x80\x80",  // above U+10FFFF
        "\xF5\x80\x80\x80",  // a byte that never appears
        "\x80",              // a continuation byte alone
        "\xE2\x82",          // cut short
    };
    for (const std::string& bytes : malformed) {
        const InputIssue issue = parse_failure(replaced(valid_avviso(), "Forlì", "Forl" + bytes));
        CHECK(issue.rule == "encoding");
        CHECK(issue.where.line == 4);
        CHECK(issue.where.column == 34);
    }
    RecordingHandler handler;
    parse_buffer("\xEF\xBB\xBF" + replaced(valid_avviso(), "Forlì", "Forlì \xF0\x9F\x8F\x9B"), "doc.xml",
                 avviso_schema(), handler);
    CHECK(has_event(handler, "end denominazione@4 [Comune di Forlì \xF0\x9F\x8F\x9B]"));
}

TEST_CASE("positions count CR LF line ends once", "[xml]") {
    std::string crlf;
    for (const char c : valid_avviso()) {
        if (c == '\n') {
            crlf += '\r';
        }
        crlf += c;
    }
    CHECK(parse_failure(replaced(crlf, "Forlì", "Forl\xEC")).where.line == 4);
    RecordingHandler handler;
    parse_buffer(replaced(crlf, "<posti>3</posti>", "<posti>tre</posti>"), "doc.xml", avviso_schema(), handler);
    REQUIRE(handler.errors.size() == 1);
    CHECK(handler.errors[0].rfind("13: ", 0) == 0);
}

TEST_CASE("a DOCTYPE behind a long prolog is still refused", "[xml]") {
    const std::string document = prolog + "<!-- " + std::string(70 * 1024, 'x') + " -->\n" +
                                 "<!DOCTYPE avviso [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
                                 replaced(valid_avviso().substr(prolog.size()), "Comune di Forlì", "&xxe;");
    const InputIssue issue = parse_failure(document);
    CHECK(issue.where.line == 3);
}

TEST_CASE("a comment that begins with '>' or '->' is read to its end, a DOCTYPE inside it is text", "[xml]") {
    for (const std::string opening : {"<!-->", "<!--->"}) {
        INFO(opening);
        RecordingHandler handler;
        CHECK_NOTHROW(parse_buffer(prolog + opening + "<!DOCTYPE x -->\n" + valid_avviso().substr(prolog.size()),
                                   "doc.xml", avviso_schema(), handler));
        CHECK(handler.errors.empty());
    }
}

TEST_CASE("documents parsed one after another do not see each other, refused ones included", "[xml]") {
    const std::string good = valid_avviso();
    const std::string bad = replaced(good, "<posti>3</posti>", "<posti>tre</posti>");
    const std::string doctype = prolog + "<!DOCTYPE avviso [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
                                replaced(good.substr(prolog.size()), "Comune di Forlì", "&xxe;");
    const std::string truncated = good.substr(0, good.find("<requisiti>") + 20);
    RecordingHandler good_first;
    RecordingHandler bad_first;
    parse_buffer(good, "good.xml", avviso_schema(), good_first);
    parse_buffer(bad, "bad.xml", avviso_schema(), bad_first);
    const InputIssue doctype_first = parse_failure(doctype);
    const InputIssue truncated_first = parse_failure(truncated);

    for (int round = 0; round < 3; ++round) {
        const InputIssue doctype_again = parse_failure(doctype);
        CHECK(doctype_again.message == doctype_first.message);
        CHECK(doctype_again.where.to_string() == doctype_first.where.to_string());
        RecordingHandler bad_again;
        parse_buffer(bad, "bad.xml", avviso_schema(), bad_again);
        CHECK(bad_again.events == bad_first.events);
        CHECK(bad_again.errors == bad_first.errors);
        const InputIssue truncated_again = parse_failure(truncated);
        CHECK(truncated_again.message == truncated_first.message);
        CHECK(truncated_again.where.to_string() == truncated_first.where.to_string());
        RecordingHandler good_again;
        parse_buffer(good, "good.xml", avviso_schema(), good_again);
        CHECK(good_again.events == good_first.events);
        CHECK(good_again.errors.empty());
    }
}

TEST_CASE("a ParseError or OverflowError a handler lets escape is placed where the parser stands", "[xml]") {
    struct Throwing : RecordingHandler {
        bool overflow = false;
        void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                           const SourcePosition& where) override {
            if (name == "posti" && overflow) throw OverflowError("too many posts");
            RecordingHandler::start_element(name, attributes, where);
        }
        void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
            if (name == "posti" && !overflow) throw ParseError("not a number of posts");
            RecordingHandler::end_element(name, std::move(text), where);
        }
    };
    for (const bool overflow : {false, true}) {
        Throwing handler;
        handler.overflow = overflow;
        try {
            parse_buffer(valid_avviso(), "doc.xml", avviso_schema(), handler);
            FAIL("the document was accepted");
        } catch (const InputError& e) {
            CHECK(e.issue().rule == "valore");
            CHECK(e.issue().where.file == "doc.xml");
            CHECK(e.issue().where.line == 13);
            CHECK(e.issue().message == (overflow ? "too many posts" : "not a number of posts"));
        }
    }
}

TEST_CASE("a refused byte's line and column are the same wherever line ends and characters fall", "[xml]") {
    // Line and column as the input guard defines them, byte by byte: CR, LF and CR LF end one line,
    // a column is a character.
    const auto position_of = [](const std::string& bytes, std::size_t at) {
        std::uint64_t line = 1;
        std::uint64_t column = 1;
        bool after_cr = false;
        for (std::size_t i = 0; i < at; ++i) {
            const auto byte = static_cast<unsigned char>(bytes[i]);
            if (byte == '\n') {
                line += after_cr ? 0 : 1;
                column = 1;
            } else if (byte == '\r') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++column;
            }
            after_cr = byte == '\r';
        }
        return std::pair{line, column};
    };
    const std::vector<std::string> pieces{"a", "\n", "\r\n", "\r", "bc", "\xC3\xA0", "defghij", "\r\r\n\n", "\xE2\x82\xAC"};
    std::string filler;
    for (std::size_t n = 0; n < 40; ++n) {
        filler += pieces[(n * 7) % pieces.size()];
        const std::string document = replaced(valid_avviso(), "Forlì", "Forl" + filler + "\xFF");
        const InputIssue issue = parse_failure(document);
        const auto [line, column] = position_of(document, document.find('\xFF'));
        CHECK(issue.rule == "encoding");
        CHECK(issue.where.line == line);
        CHECK(issue.where.column == column);
    }
}

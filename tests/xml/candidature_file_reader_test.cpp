#include "candidatura_text.hpp"
#include "xml_test_support.hpp"

#include "gradus/core/sha256.hpp"
#include "gradus/xml/candidature_reader.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

struct Result {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
    std::string digest;
};

std::vector<std::string> lines(const IssueLog& issues) {
    std::vector<std::string> out;
    for (const InputIssue& issue : issues.issues()) {
        out.push_back(issue.to_string());
    }
    return out;
}

// The same bytes read as a stream from a file and from a copy in memory, under the same name.
void check_stream_matches_memory(const std::string& name, const std::string& bytes) {
    const std::filesystem::path file = write_scratch("streamed-" + name, bytes);
    Result streamed;
    streamed.digest = read_candidature_file(file, name, schema_dir(), streamed.records, streamed.issues);
    Result held;
    read_candidature_bytes(bytes, name, schema_dir(), held.records, held.issues);
    CHECK(streamed.digest == sha256_hex(bytes));
    CHECK(describe(streamed.records) == describe(held.records));
    CHECK(lines(streamed.issues) == lines(held.issues));
}

std::string demo_candidature() { return read_bytes(source_dir() / "fixtures" / "art16" / "demo" / "candidature-1.xml"); }

// Comments after the document's end: bytes the parser may never need, which the digest covers.
std::string with_tail(std::string bytes) {
    for (int i = 0; i < 4000; ++i) {
        bytes += "<!-- " + std::string(100, 'x') + " -->\n";
    }
    return bytes;
}

}  // namespace

TEST_CASE("a candidature file read as it streams gives the records, issues and digest of its bytes", "[xml]") {
    const std::string demo = demo_candidature();
    REQUIRE(demo.size() > 2 * 64 * 1024);  // read in several pieces
    check_stream_matches_memory("demo.xml", demo);
    check_stream_matches_memory("valid.xml", read_bytes(data_dir() / "candidature-valid.xml"));
    check_stream_matches_memory("one-invalid.xml", read_bytes(data_dir() / "candidature-one-invalid.xml"));
    check_stream_matches_memory("empty.xml", "");
}

TEST_CASE("a streamed file refused early is still hashed to its last byte", "[xml]") {
    const std::string doctype = with_tail(read_bytes(data_dir() / "attack-billion-laughs.xml"));
    check_stream_matches_memory("doctype.xml", doctype);
    Result r;
    r.digest = read_candidature_file(write_scratch("streamed-doctype.xml", doctype), "doctype.xml", schema_dir(), r.records,
                                     r.issues);
    CHECK(r.records.empty());
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.issues()[0].message == "DOCTYPE not allowed");

    const std::string demo = demo_candidature();
    const std::string truncated = demo.substr(0, demo.size() / 2);
    check_stream_matches_memory("truncated.xml", truncated);
    const std::string bad_byte = demo.substr(0, 1000) + "\xFF" + demo.substr(1000);
    check_stream_matches_memory("bad-byte.xml", bad_byte);
    check_stream_matches_memory("tail.xml", with_tail(demo));
}

TEST_CASE("a candidature file that cannot be opened is an input error, not a digest", "[xml]") {
    std::vector<art16::Candidatura> records;
    IssueLog issues;
    try {
        read_candidature_file(data_dir() / "no-such-file.xml", "no-such-file.xml", schema_dir(), records, issues);
        FAIL("a missing file gave a digest");
    } catch (const InputError& e) {
        CHECK(e.issue().rule == "file");
        CHECK(e.issue().where.file == "no-such-file.xml");
    }
    CHECK_THROWS_AS(read_candidature_file(data_dir(), "data", schema_dir(), records, issues), InputError);
    CHECK(records.empty());
}

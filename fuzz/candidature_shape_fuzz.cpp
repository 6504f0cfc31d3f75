// Holds gradus's own check of candidature-1.xsd to its promise: a document it vouches for is one
// Xerces' validation accepts, and reading with the check gives what reading with Xerces alone
// gives. A broken promise aborts, and libFuzzer keeps the document.
#include "candidatura_text.hpp"
#include "fuzz_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"

#include <cstdio>
#include <cstdlib>

namespace {

struct Reading {
    std::vector<gradus::art16::Candidatura> records;
    gradus::IssueLog issues;
    std::string avviso_id;
    std::string error;  // an InputError's issue, when the reading threw one
};

Reading read(std::string_view bytes, gradus::xml::SchemaCheck check) {
    Reading r;
    try {
        gradus::xml::read_candidature_bytes(bytes, "fuzz.xml", gradus::fuzz::schema_dir(), r.records, r.issues,
                                            &r.avviso_id, check);
    } catch (const gradus::InputError& e) {
        r.error = e.issue().to_string();
    }
    return r;
}

// Every field of every record, every issue with its message, the avviso and any stopping error.
bool same(const Reading& a, const Reading& b) {
    if (gradus::xml::test::describe(a.records) != gradus::xml::test::describe(b.records) ||
        a.issues.size() != b.issues.size() || a.avviso_id != b.avviso_id || a.error != b.error) {
        return false;
    }
    for (std::size_t i = 0; i < a.issues.size(); ++i) {
        if (a.issues.issues()[i].to_string() != b.issues.issues()[i].to_string()) return false;
    }
    return true;
}

[[noreturn]] void broken(const char* promise) {
    std::fprintf(stderr, "candidature shape check: %s\n", promise);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const Reading xsd = read(bytes, gradus::xml::SchemaCheck::xsd_only);
    if (gradus::xml::candidature_shape_vouches(bytes, gradus::fuzz::schema_dir()) &&
        (!xsd.issues.empty() || !xsd.error.empty())) {
        broken("vouched for a document Xerces' validation refuses");
    }
    if (!same(read(bytes, gradus::xml::SchemaCheck::shape_first), xsd)) {
        broken("reading with the check differs from reading with Xerces alone");
    }
    return 0;
}

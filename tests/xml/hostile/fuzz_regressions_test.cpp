// Inputs the fuzzers found crashing, kept as they were found: tests/xml/hostile/fuzz/FORMAT-WHAT.xml,
// FORMAT being a row of formats.hpp. Each must now end in a problem naming the file and a line;
// an exception other than the reader's own errors fails the test.

#include "../xml_test_support.hpp"
#include "formats.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace gradus::xml::test;

TEST_CASE("every input a fuzzer found crashing is now refused with its file and line", "[xml][hostile][fuzz]") {
    std::size_t inputs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests/xml/hostile/fuzz")) {
        const std::string name = entry.path().filename().string();
        const auto& all = formats();
        const auto format = std::find_if(all.begin(), all.end(), [&](const Format& f) {
            return name.rfind(f.name + "-", 0) == 0;
        });
        INFO(name);
        REQUIRE(format != all.end());
        const Outcome outcome = format->read(read_bytes(entry.path()), name, schema_dir());
        REQUIRE_FALSE(outcome.problems.empty());
        INFO(outcome.problems.front());
        CHECK(outcome.problems.front().rfind(name + ":", 0) == 0);
        CHECK(outcome.problems.front().find(name + ":0") == std::string::npos);
        ++inputs;
    }
    CHECK(inputs > 0);
}

TEST_CASE("a prospetto with provincial elements before any quadro2 is refused alone", "[xml][hostile][fuzz]") {
    const std::string name = "prospetto-element-outside-quadro2.xml";
    const auto& prospetto = *std::find_if(formats().begin(), formats().end(),
                                          [](const Format& f) { return f.name == "prospetto"; });
    const Outcome outcome =
        prospetto.read(read_bytes(source_dir() / "tests/xml/hostile/fuzz" / name), name, schema_dir());
    CHECK(outcome.records == 0);
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems[0].rfind(name + ":3:", 0) == 0);
}

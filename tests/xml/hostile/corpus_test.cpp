// The hostile corpus: every input format (formats.hpp) meets the same attacks and broken files,
// each made from one of its valid files. Each must end in a problem that names the file, the line
// and what was wrong, never in a crash, a hang, a fetched URL or a silently accepted document;
// a batch format keeps the good records beside a bad one.

#include "../xml_test_support.hpp"
#include "hostile_cases.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace gradus;
using namespace gradus::xml;
using namespace gradus::xml::test;

namespace {

// A problem that starts "name:line" (any line when `line` is 0) and says `needle`.
bool reported(const Outcome& outcome, const std::string& name, std::size_t line, const std::string& needle) {
    const std::string where = name + ":" + (line == 0 ? "" : std::to_string(line) + ":");
    return std::any_of(outcome.problems.begin(), outcome.problems.end(), [&](const std::string& problem) {
        return problem.rfind(where, 0) == 0 && problem.find(needle) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("every reader refuses the hostile corpus with the file, the line and the rule", "[xml][hostile]") {
    const std::string secret = "gradus-secret-" + std::to_string(::getpid());
    const std::filesystem::path secret_file = write_scratch("secret.txt", secret + "\n");
    LoopbackListener listener;
    for (const Format& format : formats()) {
        const std::string valid = read_bytes(source_dir() / format.valid_file);
        const Outcome good = format.read(valid, "valid.xml", schema_dir());
        INFO("format " << format.name);
        REQUIRE(good.records > 0);  // the demo files of batch formats hold a few bad records on purpose
        for (const Case& c : hostile_cases(format, valid, secret_file.string(), listener)) {
            const std::string name = "hostile-" + format.name + "-" + c.name + ".xml";
            const Outcome outcome = format.read(c.bytes, name, schema_dir());
            INFO("case " << name << ", problems:\n" << [&] {
                std::string all;
                for (const std::string& p : outcome.problems) {
                    all += "  " + p.substr(0, 300) + "\n";
                }
                return all;
            }());
            CHECK(reported(outcome, name, c.line, c.needle));
            for (const std::string& problem : outcome.problems) {
                CHECK(problem.find(secret) == std::string::npos);
            }
            if (c.record_level && format.batch) {
                CHECK(outcome.records == good.records - 1);
            } else if (c.name != "truncated") {
                CHECK(outcome.records == 0);
            }
        }
    }
    CHECK(listener.connections() == 0);
}

TEST_CASE("a foreign schema location is ignored by every reader and fetches nothing", "[xml][hostile]") {
    LoopbackListener listener;
    for (const Format& format : formats()) {
        const std::string valid = read_bytes(source_dir() / format.valid_file);
        INFO("format " << format.name);
        std::string foreign = valid;
        const std::string ns = valid.substr(valid.find("xmlns=\"") + 7, valid.find('"', valid.find("xmlns=\"") + 7) -
                                                                          valid.find("xmlns=\"") - 7);
        foreign.insert(root_end(valid), " xmlns:fx=\"http://www.w3.org/2001/XMLSchema-instance\" fx:schemaLocation=\"" +
                                            ns + " " + listener.url("evil.xsd") + "\" fx:noNamespaceSchemaLocation=\"" +
                                            listener.url("none.xsd") + "\"");
        const Outcome good = format.read(valid, "valid.xml", schema_dir());
        const Outcome outcome = format.read(foreign, "foreign.xml", schema_dir());
        CHECK(outcome.problems.size() == good.problems.size());
        CHECK(outcome.records == good.records);
    }
    CHECK(listener.connections() == 0);
}

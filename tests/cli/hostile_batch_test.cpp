// Hostile files beside good ones in the batch commands: each is refused by name in scarti.csv,
// nothing is fetched, and the results are exactly those of the good files alone.

#include "run_gradus.hpp"
#include "../xml/hostile/hostile_cases.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace gradus;
using namespace gradus::test;
using gradus::xml::test::Format;

namespace {

const Format& format_named(const std::string& name) {
    const auto& all = xml::test::formats();
    const auto found = std::find_if(all.begin(), all.end(), [&](const Format& f) { return f.name == name; });
    REQUIRE(found != all.end());
    return *found;
}

// Writes the file-level hostile variants of `valid_file` but `skip` into `dir`; returns their names.
std::vector<std::string> write_hostile(const std::string& format, const std::string& valid_file,
                                       const std::filesystem::path& dir, const xml::test::LoopbackListener& listener,
                                       const std::string& skip = "") {
    std::filesystem::create_directories(dir);
    std::vector<std::string> names;
    const std::string valid = slurp(source_dir / valid_file);
    for (const auto& c : xml::test::hostile_cases(format_named(format), valid, "/etc/passwd", listener)) {
        if (c.record_level || c.name == skip) continue;
        names.push_back("hostile-" + c.name + ".xml");
        std::ofstream(dir / names.back(), std::ios::binary) << c.bytes;
    }
    return names;
}

}  // namespace

TEST_CASE("rank refuses hostile candidature files by name and ranks the good file as if alone", "[cli][hostile]") {
    TempDir tmp;
    xml::test::LoopbackListener listener;
    // A truncated candidature file keeps the records completed before the cut (candidature_reader_test),
    // which would then compete with their originals here.
    const auto names = write_hostile("candidature", "fixtures/art16/demo/candidature-1.xml", tmp.path() / "hostile",
                                     listener, "truncated");
    const std::string common = "rank --no-store --avviso fixtures/art16/demo/avviso.xml --candidature "
                               "fixtures/art16/demo/candidature-1.xml ";
    std::string hostile_files;
    for (const auto& name : names) hostile_files += "'" + (tmp.path() / "hostile" / name).string() + "' ";
    const Outcome alone = run_gradus(common + "--out '" + (tmp.path() / "alone").string() + "'", tmp);
    const Outcome beside = run_gradus(common + hostile_files + "--out '" + (tmp.path() / "beside").string() + "'", tmp);
    CHECK(beside.exit_code == 1);
    CHECK(slurp(tmp.path() / "beside/graduatoria.csv") == slurp(tmp.path() / "alone/graduatoria.csv"));
    const std::string scarti = slurp(tmp.path() / "beside/scarti.csv");
    for (const auto& name : names) {
        INFO(name);
        CHECK(scarti.find(name) != std::string::npos);
        CHECK(beside.err.find(name + ":") != std::string::npos);
    }
    CHECK(alone.exit_code <= 1);
    CHECK(listener.connections() == 0);
}

TEST_CASE("obblighi refuses hostile prospetti by name and computes the good ones as if alone", "[cli][hostile]") {
    TempDir tmp;
    xml::test::LoopbackListener listener;
    const std::string good = "fixtures/l68/prospetti/08-base-151.xml";
    const auto names = write_hostile("prospetto", good, tmp.path() / "mixed", listener);
    std::filesystem::create_directories(tmp.path() / "good");
    for (const auto* dir : {"good", "mixed"}) {
        std::filesystem::copy_file(source_dir / good, tmp.path() / dir / "08-base-151.xml");
    }
    const auto obblighi = [&](const std::string& dir) {
        return run_gradus("obblighi --no-store --as-of 2025-06-30 --prospetti '" + (tmp.path() / dir).string() +
                              "' --out '" + (tmp.path() / ("out-" + dir)).string() + "'",
                          tmp);
    };
    const Outcome alone = obblighi("good");
    const Outcome beside = obblighi("mixed");
    CHECK(alone.exit_code == 0);
    CHECK(beside.exit_code == 1);
    CHECK(slurp(tmp.path() / "out-mixed/obblighi.csv") == slurp(tmp.path() / "out-good/obblighi.csv"));
    const std::string scarti = slurp(tmp.path() / "out-mixed/scarti.csv");
    for (const auto& name : names) {
        INFO(name);
        CHECK(scarti.find(name) != std::string::npos);
    }
    CHECK(listener.connections() == 0);
}

// The counters a command keeps while it runs, which a job's progress line reads from another
// thread: gradus rank counts each candidature file with its records, gradus obblighi each prospetto.

#include "../cli/run_gradus.hpp"

#include "gradus/cli/command.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace gradus::test;

namespace {

std::unique_ptr<gradus::cli::Command> prepared(const std::string& name, const std::vector<std::string>& args) {
    auto command = gradus::cli::find_command(name);
    REQUIRE(command);
    command->setup(args);
    return command;
}

}  // namespace

TEST_CASE("gradus rank counts the candidature files and records it has read", "[jobs][progress]") {
    TempDir tmp;
    const std::string demo = (source_dir / "fixtures" / "art16" / "demo").string();
    auto rank = prepared("rank", {"--avviso", demo + "/avviso.xml", "--candidature", demo + "/candidature-1.xml",
                                  demo + "/candidature-2.xml", "--out", (tmp.path() / "out").string(), "--no-store",
                                  "--quiet", "--data-dir", source_dir.string()});
    CHECK(rank->progress_so_far().files() == 0);
    std::ostringstream out, err;
    rank->run(out, err);
    CHECK(rank->progress_so_far().files() == 2);
    // Every record read counts, the refused ones too: the 300 of the summary's records_read.
    CHECK(rank->progress_so_far().records() == 300);
}

TEST_CASE("gradus obblighi counts the prospetti it has read", "[jobs][progress]") {
    TempDir tmp;
    auto obblighi = prepared("obblighi", {"--prospetti", (source_dir / "fixtures" / "l68" / "prospetti").string(),
                                          "--as-of", "2025-06-30", "--out", (tmp.path() / "out").string(),
                                          "--no-store", "--quiet", "--data-dir", source_dir.string()});
    std::ostringstream out, err;
    obblighi->run(out, err);
    CHECK(obblighi->progress_so_far().files() == 34);
}

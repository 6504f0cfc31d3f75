// The output folder of a graduatoria: documents streamed into temporary files that take their
// names only when the run is published, with personal data owner-only from the first byte.

#include "run_gradus.hpp"

#include "gradus/cli/output_folder.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

std::vector<std::string> names_in(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("Documents written piece by piece appear under their names only when published", "[cli][files]") {
    TempDir tmp;
    const auto folder = tmp.path() / "out";
    {
        cli::OutputFolder out(folder);
        auto& csv = out.begin("graduatoria.csv");
        csv.write("posizione;");
        csv.write("protocollo\n");
        out.end();
        out.add({"pubblica.csv", "posizione\n"});
        CHECK(names_in(folder) == std::vector<std::string>{"graduatoria.csv.tmp", "pubblica.csv.tmp"});
        out.publish();
    }
    CHECK(names_in(folder) == std::vector<std::string>{"graduatoria.csv", "pubblica.csv"});
    CHECK(slurp(folder / "graduatoria.csv") == "posizione;protocollo\n");
    using std::filesystem::perms;
    CHECK((std::filesystem::status(folder / "graduatoria.csv").permissions() & perms::others_read) == perms::none);
    CHECK((std::filesystem::status(folder / "pubblica.csv").permissions() & perms::others_read) != perms::none);
}

TEST_CASE("A run that fails before publishing leaves the earlier files as they were", "[cli][files]") {
    TempDir tmp;
    const auto folder = tmp.path() / "out";
    {
        cli::OutputFolder out(folder);
        out.add({"graduatoria.csv", "old\n"});
        out.publish();
    }
    try {
        cli::OutputFolder out(folder);
        out.begin("graduatoria.csv").write("new, half written");
        throw std::runtime_error("the store refused the run");
    } catch (const std::runtime_error&) {
    }
    CHECK(names_in(folder) == std::vector<std::string>{"graduatoria.csv"});
    CHECK(slurp(folder / "graduatoria.csv") == "old\n");
}

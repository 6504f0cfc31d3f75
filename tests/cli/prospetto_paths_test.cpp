// How `gradus obblighi --prospetti` lists its files: the order decides which of two equal prospetti
// stands (the first one read), so it must be the order of the paths, whatever the names.

#include "../../src/cli/obblighi_inputs.hpp"
#include "run_gradus.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace gradus::test;

namespace {

void touch(const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << "<x/>";
}

}  // namespace

TEST_CASE("prospetto_paths lists a folder's *.xml in std::filesystem::path order, names below '/' included",
          "[cli][l68]") {
    TempDir tmp;
    const auto root = tmp.path() / "p";
    // '-', '.', ' ' and '!' sort below '/' as bytes, above it as path components end.
    for (const char* name : {"a.xml", "a/b.xml", "a-b/c.xml", "a.b/d.xml", "a b.xml", "a!/e.xml", "a/b/c.xml",
                             "ab.xml", "z/y/x.xml", "0.xml"}) {
        touch(root / name);
    }
    for (const char* skipped : {"b.XML", ".xml", "c.txt", "a/.xml", "d.xml.bak"}) touch(root / skipped);
    std::filesystem::create_directories(root / "folder.xml");

    const auto paths = gradus::cli::prospetto_paths({root.string()});
    std::vector<std::filesystem::path> expected;
    for (const char* name : {"a.xml", "a/b.xml", "a-b/c.xml", "a.b/d.xml", "a b.xml", "a!/e.xml", "a/b/c.xml",
                             "ab.xml", "z/y/x.xml", "0.xml"}) {
        expected.push_back(root / name);
    }
    std::sort(expected.begin(), expected.end());
    CHECK(paths == expected);
    CHECK(paths.front() == root / "0.xml");
    // The folder a/ comes before the file "a b.xml" and the folder a!/, and a/b/ before a/b.xml.
    CHECK(paths[1] == root / "a/b/c.xml");
    CHECK(paths[2] == root / "a/b.xml");
}

TEST_CASE("prospetto_paths names a file once when two arguments reach it", "[cli][l68]") {
    TempDir tmp;
    touch(tmp.path() / "p/one.xml");
    touch(tmp.path() / "p/two.xml");
    const auto root = tmp.path() / "p";
    const auto paths = gradus::cli::prospetto_paths({root.string(), (root / "two.xml").string(),
                                                     (root / "." / "one.xml").string(), root.string()});
    CHECK(paths == std::vector<std::filesystem::path>{root / "one.xml", root / "two.xml"});
    CHECK_THROWS_WITH(gradus::cli::prospetto_paths({(root / "none").string()}), Catch::Contains("no file or folder"));
    // A pipe (as `--prospetti <(zcat p.xml.gz)` gives) is refused up front: the run reads each file
    // again when it stores it, and a pipe has nothing left the second time.
    CHECK_THROWS_WITH(gradus::cli::prospetto_paths({"/dev/null"}), Catch::Contains("neither a regular file nor a folder"));
}

// How replay names the first line where a stored output and the recomputed one part, streaming both.

#include "gradus/cli/first_difference.hpp"
#include "gradus/cli/temporary_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

using gradus::cli::FirstDifference;

namespace {

// The stored text written in pieces of `piece` bytes, as the store streams its chunks.
std::optional<std::string> difference(const std::string& stored, const std::string& replayed, std::size_t piece) {
    std::istringstream in(replayed);
    FirstDifference compare(in);
    for (std::size_t at = 0; at < stored.size(); at += piece) compare.write(std::string_view(stored).substr(at, piece));
    return compare.finish();
}

// The same answer whatever the size of the pieces.
std::optional<std::string> difference(const std::string& stored, const std::string& replayed) {
    const auto whole = difference(stored, replayed, stored.size() + 1);
    for (const std::size_t piece : {1, 2, 3, 7, 64}) {
        CAPTURE(piece);
        CHECK(difference(stored, replayed, piece) == whole);
    }
    return whole;
}

}  // namespace

TEST_CASE("FirstDifference: the same bytes give no difference", "[cli][audit]") {
    CHECK_FALSE(difference("a;b\n1;2\n", "a;b\n1;2\n"));
    CHECK_FALSE(difference("", ""));
}

TEST_CASE("FirstDifference names the line where the two part, each side's whole line", "[cli][audit]") {
    CHECK(difference("h\n1;ROSSI;10\n2;BIANCHI;9\n", "h\n1;ROSSI;10\n2;VERDI;8\n3\n") ==
          "line 3: stored \"2;BIANCHI;9\" / replayed \"2;VERDI;8\"");
    CHECK(difference("x\ny", "z\ny") == "line 1: stored \"x\" / replayed \"z\"");
    // They part at the stored line's end: the stored line stops there, the replayed one goes on.
    CHECK(difference("ab\ncd", "abX") == "line 1: stored \"ab\" / replayed \"abX\"");
}

TEST_CASE("FirstDifference: one document ending where the other goes on", "[cli][audit]") {
    CHECK(difference("a\nb", "a\nbc\nd") == "line 2: stored \"b\" / replayed \"bc\"");
    CHECK(difference("ab\ncd", "ab\n") == "line 2: stored \"cd\" / replayed \"\"");
    CHECK(difference("", "new") == "line 1: stored \"\" / replayed \"new\"");
}

TEST_CASE("FirstDifference cuts each line at 160 characters", "[cli][audit]") {
    const std::string head(150, 'a');
    const auto d = difference(head + std::string(30, 'b') + "\n", head + std::string(30, 'c') + "\n");
    CHECK(d == "line 1: stored \"" + head + std::string(10, 'b') + "...\" / replayed \"" + head + std::string(10, 'c') +
                   "...\"");
    const std::string exactly(160, 'x');
    CHECK(difference(exactly + "\n1", exactly + "\n2") == "line 2: stored \"1\" / replayed \"2\"");
    CHECK(difference(exactly, exactly + "y") == "line 1: stored \"" + exactly + "\" / replayed \"" + exactly + "...\"");
}

TEST_CASE("A temporary file is the program's own, written in place, and goes with its object", "[cli][audit]") {
    std::filesystem::path kept;
    {
        gradus::cli::TemporaryFile a, b;
        kept = a.path();
        CHECK(std::filesystem::exists(a.path()));
        CHECK(a.path() != b.path());
        CHECK(std::filesystem::file_size(a.path()) == 0);
        const auto others = std::filesystem::perms::group_all | std::filesystem::perms::others_all;
        CHECK((std::filesystem::status(a.path()).permissions() & others) == std::filesystem::perms::none);
        a.write("graduatoria;");
        a.write("riga\n");
        std::ifstream in(a.path(), std::ios::binary);
        CHECK(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) == "graduatoria;riga\n");
        // Written in place: still the owner's alone (no file made beside it and renamed over it).
        CHECK(!std::filesystem::exists(a.path().string() + ".tmp"));
        CHECK((std::filesystem::status(a.path()).permissions() & others) == std::filesystem::perms::none);
    }
    CHECK_FALSE(std::filesystem::exists(kept));
}

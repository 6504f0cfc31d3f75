// A file name is held once however many records point to it; copies must still read as the text.

#include "gradus/core/errors.hpp"
#include "gradus/core/shared_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using gradus::SharedText;
using gradus::SourcePosition;

TEST_CASE("copies of a SharedText hold one text, not one each", "[core]") {
    const SharedText name(std::string("candidature-01.xml"));
    std::vector<SourcePosition> positions;
    for (std::uint64_t line = 1; line <= 3; ++line) positions.push_back({name, line, 0});
    for (const auto& p : positions) {
        CHECK(&p.file.str() == &name.str());
        CHECK(p.file == "candidature-01.xml");
    }
    CHECK(positions[2].to_string() == "candidature-01.xml:3");
}

TEST_CASE("SharedTexts made apart compare by their text", "[core]") {
    CHECK(SharedText("a.xml") == SharedText(std::string("a.xml")));
    CHECK_FALSE(SharedText("a.xml") == SharedText("b.xml"));
    CHECK(SharedText() == SharedText(""));
}

TEST_CASE("an empty SharedText reads as the empty string", "[core]") {
    const SourcePosition nowhere;
    CHECK(nowhere.file.empty());
    CHECK(nowhere.file.str().empty());
    CHECK(nowhere.to_string().empty());
    const SharedText x("x");
    const std::string& as_text = x;
    CHECK(as_text == "x");
}

// A candidatura's submission timestamp is held in place, not on the heap; it must read, compare
// and refuse exactly as the text it stands for.

#include "gradus/core/fixed_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::FixedText;

TEST_CASE("a FixedText reads back the text it was given, up to its full length", "[core]") {
    const FixedText<19> at("2026-03-10T09:15:42");
    CHECK(at.view() == "2026-03-10T09:15:42");
    CHECK(at.str() == std::string("2026-03-10T09:15:42"));
    CHECK(at == "2026-03-10T09:15:42");
    const FixedText<19> short_one(std::string("2026-03-10"));
    CHECK(short_one.view().size() == 10);
    CHECK(FixedText<19>().empty());
    CHECK(FixedText<19>().view().empty());
}

TEST_CASE("a FixedText longer than its length is refused, not cut", "[core]") {
    CHECK_THROWS_AS(FixedText<19>("2026-03-10T09:15:42Z"), gradus::ParseError);
    CHECK_THROWS_WITH(FixedText<4>("L2190"), "'L2190' is longer than 4 characters");
}

TEST_CASE("FixedTexts order as their texts, so the earlier submission sorts first", "[core]") {
    const FixedText<19> nine("2026-03-10T09:00:00");
    const FixedText<19> ten("2026-03-10T10:00:00");
    CHECK(nine < ten);
    CHECK(ten > nine);
    CHECK(nine != ten);
    CHECK(FixedText<19>("2026-03-10") < nine);  // a prefix sorts first, as std::string does
    CHECK(nine == FixedText<19>(std::string("2026-03-10T09:00:00")));
}

// Duplicate detection at national size (a protocol given twice, a person applying twice) groups
// records by a hash of their key; the answer must not depend on the hash.

#include "gradus/core/first_with_same.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const std::vector<std::string> keys{"RSSMRA", "BNCLRA", "RSSMRA", "VRDGPP", "BNCLRA", "RSSMRA"};
const auto key_of = [](std::size_t i) -> const std::string& { return keys[i]; };

}  // namespace

TEST_CASE("Each record points at the first record with the same key, itself when it is the first", "[core][duplicates]") {
    const std::vector<std::size_t> all{0, 1, 2, 3, 4, 5};
    CHECK(gradus::first_with_same(all, key_of, keys.size()) == std::vector<std::size_t>{0, 1, 0, 3, 1, 0});
}

TEST_CASE("Keys that share a hash are still told apart, and the first of each is still the lowest index", "[core][duplicates]") {
    const std::vector<std::size_t> all{0, 1, 2, 3, 4, 5};
    const auto everything_collides = [](std::string_view) { return std::size_t{42}; };
    CHECK(gradus::first_with_same(all, key_of, keys.size(), everything_collides) ==
          std::vector<std::size_t>{0, 1, 0, 3, 1, 0});
}

TEST_CASE("Only the records asked about count: a duplicate of a left-out record is a first", "[core][duplicates]") {
    // Record 0 was excluded earlier (say, out of the window): record 2 is now the first RSSMRA.
    const std::vector<std::size_t> some{1, 2, 4, 5};
    const auto first = gradus::first_with_same(some, key_of, keys.size());
    CHECK(first[1] == 1);
    CHECK(first[2] == 2);
    CHECK(first[4] == 1);
    CHECK(first[5] == 2);
}

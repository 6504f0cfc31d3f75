#include <gradus/core/sha256.hpp>
#include <gradus/store/run.hpp>

#include <catch2/catch.hpp>

using namespace gradus::store;

TEST_CASE("the files hash covers sorted 'role name sha256' lines, whatever the order of the files") {
    const std::string sha_c(64, 'c'), sha_0(64, '0'), sha_f(64, 'f');
    // Bytewise, "r a b 000…" sorts before "r a ccc…", although the name "a" sorts before "a b".
    const std::vector<RunFile> files = {
        {FileDirection::in, "r", "a", sha_c},
        {FileDirection::in, "r", "a b", sha_0},
        {FileDirection::in, "avviso", "z.xml", sha_f},
    };
    const std::string lines = "avviso z.xml " + sha_f + "\n" + "r a b " + sha_0 + "\n" + "r a " + sha_c + "\n";
    CHECK(files_hash(files) == gradus::sha256_hex(lines));
    CHECK(files_hash({files[2], files[1], files[0]}) == gradus::sha256_hex(lines));
    CHECK(files_hash({}) == gradus::sha256_hex(""));
}

#include "gradus/core/sha256.hpp"

#include <catch2/catch.hpp>

#include <string>

using gradus::Sha256;
using gradus::sha256_hex;

// Expected digests: FIPS 180-2, Appendix B (B.1 "abc", B.2 the 448-bit message), and the
// well-known digest of the empty message.
namespace {
constexpr const char* abc_digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* empty_digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
constexpr const char* msg448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
constexpr const char* msg448_digest = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
}  // namespace

TEST_CASE("sha256_hex matches the FIPS 180-2 vectors", "[core][sha256]") {
    CHECK(sha256_hex("abc") == abc_digest);
    CHECK(sha256_hex("") == empty_digest);
    CHECK(sha256_hex(msg448) == msg448_digest);
}

TEST_CASE("sha256_hex hashes embedded NUL bytes", "[core][sha256]") {
    const std::string with_nul("a\0b", 3);
    CHECK(sha256_hex(with_nul) != sha256_hex("ab"));
    CHECK(sha256_hex(with_nul).size() == 64);
}

TEST_CASE("Sha256 fed in pieces equals the one-shot digest", "[core][sha256]") {
    Sha256 hash;
    const std::string message = msg448;
    for (std::size_t i = 0; i < message.size(); i += 5) {
        hash.update(std::string_view(message).substr(i, 5));
    }
    CHECK(hash.hex_digest() == msg448_digest);
}

TEST_CASE("Sha256 starts over after hex_digest", "[core][sha256]") {
    Sha256 hash;
    hash.update("ab");
    hash.update("c");
    CHECK(hash.hex_digest() == abc_digest);
    CHECK(hash.hex_digest() == empty_digest);
    hash.update("abc");
    CHECK(hash.hex_digest() == abc_digest);
}

TEST_CASE("Sha256 of one million 'a' (FIPS 180-2 B.3)", "[core][sha256]") {
    Sha256 hash;
    const std::string block(1000, 'a');
    for (int i = 0; i < 1000; ++i) {
        hash.update(block);
    }
    CHECK(hash.hex_digest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Sha256 digest() gives the raw bytes of hex_digest() and starts over", "[core][sha256]") {
    Sha256 hash;
    hash.update("abc");
    const gradus::Sha256Digest raw = hash.digest();
    CHECK(raw[0] == 0xba);
    CHECK(raw[31] == 0xad);
    CHECK(gradus::to_hex(raw) == abc_digest);
    CHECK(gradus::to_hex(hash.digest()) == empty_digest);
}

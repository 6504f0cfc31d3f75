#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace gradus {

// SHA-256 of `bytes` (FIPS 180-4) as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

using Sha256Digest = std::array<unsigned char, 32>;

// The digest as 64 lower-case hex digits.
std::string to_hex(const Sha256Digest& digest);

// Incremental SHA-256 for inputs read in pieces. digest() and hex_digest() finish the hash; the
// object then starts over, ready for a new input.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    // Discards what was hashed so far.
    void restart();
    Sha256Digest digest();
    std::string hex_digest();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace gradus

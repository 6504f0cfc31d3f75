#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace gradus {

// SHA-256 of `bytes` (FIPS 180-4) as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

// Incremental SHA-256 for inputs read in pieces. hex_digest() finishes the hash; the object
// then starts over, ready for a new input.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    std::string hex_digest();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace gradus

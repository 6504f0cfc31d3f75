#pragma once

#include "gradus/core/byte_sink.hpp"
#include "gradus/core/sha256.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace gradus {

// Hashes and counts what it is given, so that a large document or blob is checked one piece at a
// time without being held.
class HashingSink final : public ByteSink {
public:
    void write(std::string_view bytes) override {
        m_hash.update(bytes);
        m_size += static_cast<std::int64_t>(bytes.size());
    }
    std::string hex_digest() { return m_hash.hex_digest(); }
    std::int64_t size() const { return m_size; }

private:
    Sha256 m_hash;
    std::int64_t m_size = 0;
};

}  // namespace gradus

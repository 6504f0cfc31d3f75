#pragma once

#include <cstdint>

namespace gradus::store {

// How a stored blob is laid out, for a reader that pulls it a piece at a time (a parser): its
// chunks in order, or the whole blob as its one piece when it was stored whole.
struct BlobShape {
    std::int64_t size = 0;         // bytes
    std::int64_t chunk_count = 0;  // 0: stored whole

    std::int64_t pieces() const { return chunk_count == 0 ? 1 : chunk_count; }
};

}  // namespace gradus::store

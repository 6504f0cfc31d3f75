#pragma once

#include <cstddef>
#include <cstdint>

namespace gradus {

// Where a document's bytes come from, piece by piece and in order (a file, a stored blob), so that
// a large input never has to be held whole in memory.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    // The number of bytes it holds, as known when it was opened.
    virtual std::uintmax_t size() const = 0;
    // Copies up to `max` next bytes into `to`; 0 at the end.
    virtual std::size_t read(unsigned char* to, std::size_t max) = 0;
    // Goes back to the first byte, so that the next read starts the document over.
    virtual void rewind() = 0;
};

}  // namespace gradus

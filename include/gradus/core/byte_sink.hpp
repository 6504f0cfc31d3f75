#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace gradus {

// Where a document's bytes go as they are produced, piece by piece and in order, so that a large
// output (a report, a stored blob) never has to be held whole in memory.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    virtual void write(std::string_view bytes) = 0;
};

// Collects the pieces into one string: for small documents, tests and comparisons.
class StringSink final : public ByteSink {
public:
    void write(std::string_view bytes) override { m_bytes.append(bytes); }
    void reserve(std::size_t bytes) { m_bytes.reserve(bytes); }
    const std::string& bytes() const { return m_bytes; }
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

}  // namespace gradus

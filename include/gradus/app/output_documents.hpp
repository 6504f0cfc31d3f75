#pragma once

#include "gradus/app/named_bytes.hpp"
#include "gradus/core/byte_sink.hpp"

#include <functional>
#include <string>
#include <vector>

namespace gradus::app {

// One output file of a run, rendered on demand into a sink piece by piece, so that a national-size
// report goes to the store and to its file without ever being held whole in memory.
struct OutputDocument {
    std::string name;
    std::function<void(ByteSink&)> render;
};

// Where copies of a run's documents go while they are rendered (the output folder): one document
// at a time, begin() then the pieces then end().
class DocumentCopies {
public:
    virtual ~DocumentCopies() = default;
    virtual ByteSink& begin(const std::string& name) = 0;
    virtual void end() = 0;
};

// Every document rendered into its copy only (a run that is not stored).
void render_copies(const std::vector<OutputDocument>& documents, DocumentCopies& copies);

// Passes each piece to two sinks in turn.
class TeeSink final : public ByteSink {
public:
    TeeSink(ByteSink& first, ByteSink& second) : m_first(first), m_second(second) {}
    void write(std::string_view bytes) override {
        m_first.write(bytes);
        m_second.write(bytes);
    }

private:
    ByteSink& m_first;
    ByteSink& m_second;
};

}  // namespace gradus::app

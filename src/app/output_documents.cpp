#include "gradus/app/output_documents.hpp"

namespace gradus::app {

std::vector<NamedBytes> render_in_memory(const std::vector<OutputDocument>& documents) {
    std::vector<NamedBytes> out;
    out.reserve(documents.size());
    for (const auto& d : documents) {
        StringSink sink;
        d.render(sink);
        out.push_back({d.name, sink.take()});
    }
    return out;
}

void render_copies(const std::vector<OutputDocument>& documents, DocumentCopies& copies) {
    for (const auto& d : documents) {
        d.render(copies.begin(d.name));
        copies.end();
    }
}

}  // namespace gradus::app

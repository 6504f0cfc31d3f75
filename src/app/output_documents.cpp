#include "gradus/app/output_documents.hpp"

namespace gradus::app {

void render_copies(const std::vector<OutputDocument>& documents, DocumentCopies& copies) {
    for (const auto& d : documents) {
        d.render(copies.begin(d.name));
        copies.end();
    }
}

}  // namespace gradus::app

#include "gradus/app/stored_documents.hpp"

#include "gradus/store/blob_writer.hpp"

namespace gradus::app {

void store_documents(store::RunTransaction& run, const std::vector<OutputDocument>& documents,
                     DocumentCopies* copies) {
    for (const auto& document : documents) {
        store::BlobWriter stored = run.output_writer("report", document.name);
        if (copies) {
            TeeSink both(stored, copies->begin(document.name));
            document.render(both);
            copies->end();
        } else {
            document.render(stored);
        }
        stored.finish();
    }
}

}  // namespace gradus::app

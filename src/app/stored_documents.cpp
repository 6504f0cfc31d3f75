#include "gradus/app/stored_documents.hpp"

#include "gradus/core/errors.hpp"
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

void store_input(store::RunTransaction& run, std::string_view role, const InputDocument& file,
                 const std::string& parsed_sha256) {
    if (!file.stored_sha256.empty()) {
        run.add_stored_input(role, file.name, file.stored_sha256);
        check_unchanged(file.name, parsed_sha256, file.stored_sha256);
        return;
    }
    if (file.open) throw InternalError("input '" + file.name + "' is read from a stored copy with no digest");
    const std::string stored = !file.path.empty() ? run.add_input_file(role, file.name, file.path)
                                                  : run.add_input(role, file.name, file.bytes);
    check_unchanged(file.name, parsed_sha256, stored);
}

void check_unchanged(const std::string& name, const std::string& parsed_sha256, const std::string& stored_sha256) {
    if (stored_sha256 == parsed_sha256) return;
    throw InputError({{name, 0, 0}, "", "", "file",
                      "changed while the run was reading it (sha256 " + parsed_sha256 + " when parsed, " +
                          stored_sha256 + " when stored): run it again"});
}

}  // namespace gradus::app

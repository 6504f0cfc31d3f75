#pragma once

#include "gradus/app/input_document.hpp"
#include "gradus/app/output_documents.hpp"
#include "gradus/store/run_transaction.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gradus::app {

// Renders each document once, piece by piece, into the run's store as an output (role "report")
// and, when `copies` is given, into its copy at the same time, so that no document is held whole.
void store_documents(store::RunTransaction& run, const std::vector<OutputDocument>& documents,
                     DocumentCopies* copies);

// Stores an input of the run as `role`: from its file, one chunk at a time, else the bytes held;
// a stored run's copy is recorded by its digest, not stored again (one without its digest is an
// InternalError). Its bytes must still have the
// digest they had when parsed: otherwise an InputError (rule "file") fails the run.
void store_input(store::RunTransaction& run, std::string_view role, const InputDocument& file,
                 const std::string& parsed_sha256);

// The same check for bytes stored by the caller: `stored_sha256` is what the run stored.
void check_unchanged(const std::string& name, const std::string& parsed_sha256, const std::string& stored_sha256);

}  // namespace gradus::app

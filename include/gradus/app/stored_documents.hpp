#pragma once

#include "gradus/app/output_documents.hpp"
#include "gradus/store/run_transaction.hpp"

#include <vector>

namespace gradus::app {

// Renders each document once, piece by piece, into the run's store as an output (role "report")
// and, when `copies` is given, into its copy at the same time, so that no document is held whole.
void store_documents(store::RunTransaction& run, const std::vector<OutputDocument>& documents,
                     DocumentCopies* copies);

}  // namespace gradus::app

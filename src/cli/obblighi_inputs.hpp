#pragma once

#include "gradus/app/obblighi_job.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gradus::cli {

// Every *.xml under the folders given (recursively, in path order) and every file given, each
// path once. Throws UsageError naming a path that does not exist.
std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args);

// Reads every prospetto file and the reference data files of `data_dir`/data/l68 as bytes (a file
// that cannot be read becomes an issue); parsing happens in app::run_obblighi.
app::ObblighiInputs read_obblighi_inputs(const std::vector<std::filesystem::path>& paths,
                                         const std::filesystem::path& data_dir);

// The same, except that each prospetto file is read only when it is parsed (ObblighiInputs::read),
// so that a batch never holds them all: for a run that does not store its inputs.
app::ObblighiInputs obblighi_inputs_read_when_parsed(const std::vector<std::filesystem::path>& paths,
                                                     const std::filesystem::path& data_dir);

}  // namespace gradus::cli

#pragma once

#include "gradus/app/obblighi_job.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gradus::cli {

// Every *.xml under the folders given (recursively, in path order) and every file given, each
// path once. Throws UsageError naming a path that does not exist or is not a regular file (a pipe
// cannot be read a second time when the run stores it).
std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args);

// The prospetti named by `paths`, each read only when it is parsed or stored (ObblighiInputs::read),
// so that a batch never holds them all, and the reference data files of `data_dir`/data/l68.
// The inputs keep `paths` for reading (100,000 paths are 25 MB: they are moved, not copied).
app::ObblighiInputs obblighi_inputs(std::vector<std::filesystem::path> paths, const std::filesystem::path& data_dir);

}  // namespace gradus::cli

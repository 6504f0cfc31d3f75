#pragma once

#include "gradus/core/errors.hpp"
#include "gradus/l68/assessment.hpp"
#include "gradus/l68/prospetto.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gradus::cli {

// One prospetto file as read: its name (the path as found) and bytes.
struct ProspettoFile {
    std::string name;
    std::string bytes;
};

// Every *.xml under the folders given (recursively, in path order) and every file given, each
// path once. Throws UsageError naming a path that does not exist.
std::vector<std::filesystem::path> prospetto_paths(const std::vector<std::string>& args);

struct ProspettiInput {
    std::vector<ProspettoFile> files;      // every file read, for the stored run
    std::vector<l68::Prospetto> prospetti;  // the ones that passed the reader, in file order
    IssueLog refused;
};

// Reads and validates the files in parallel (one parser per file); the result does not depend
// on the number of threads.
ProspettiInput read_prospetti(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& schema_dir);

// The tables of `data_dir`/data/l68, with the bytes of each file for the stored run.
struct ReferenceFiles {
    l68::ReferenceData data;
    std::vector<ProspettoFile> files;
};
ReferenceFiles read_reference_data(const std::filesystem::path& data_dir);

}  // namespace gradus::cli

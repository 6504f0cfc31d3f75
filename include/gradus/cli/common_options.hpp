#pragma once

#include <boost/program_options.hpp>
#include <oneapi/tbb/global_control.h>

#include <filesystem>
#include <string>

namespace gradus::cli {

// Options shared by the commands that touch the store or the data files.
struct CommonOptions {
    std::string db = "sqlite:gradus.db";
    unsigned threads = 0;  // 0: as many as the machine has
    std::string data_dir;  // where schemas/ and criteria/ are; empty: GRADUS_DATA_DIR or the built-in default
    bool quiet = false;

    void declare(boost::program_options::options_description& options);
    void validate() const;  // throws UsageError
    std::filesystem::path resolved_data_dir() const;
    // Limits oneTBB to --threads workers while the returned object lives.
    tbb::global_control parallelism() const;
    std::filesystem::path schema_dir() const { return resolved_data_dir() / "schemas"; }
    std::filesystem::path criteria_dir() const { return resolved_data_dir() / "criteria"; }
};

// Options every command has, declared by Command itself: a JSON summary instead of the text on
// standard output, and a structured log.
struct OutputOptions {
    bool json = false;    // print the command's RunSummary as one JSON line instead of its text
    std::string log;      // append JSON lines (start, end, steps of a job) to this file

    void declare(boost::program_options::options_description& options);
};

}  // namespace gradus::cli

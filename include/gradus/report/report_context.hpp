#pragma once

#include <string>

namespace gradus::report {

// What a report states about the run that produced it, besides the result itself.
struct ReportContext {
    std::string criteria_file;    // file name of the criteria, as the run read it
    std::string criteria_sha256;  // 64 lower-case hex digits of that file
    std::string engine_version;
    std::string run_label;        // e.g. "run 12"; may be empty
};

}  // namespace gradus::report

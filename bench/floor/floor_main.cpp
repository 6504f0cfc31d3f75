// gradus-floor: times one floor and prints "name=value" pairs for bench/run.sh.
//   gradus-floor sax XSD VALIDATE(0|1) PARSERS FILE...   (a folder stands for its *.xml files)
//   gradus-floor insert DB ROWS
//   gradus-floor window DB FILE...
#include "floor.hpp"

#include <xercesc/util/PlatformUtils.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

namespace {

struct XercesRuntime {
    XercesRuntime() { xercesc::XMLPlatformUtils::Initialize(); }
    ~XercesRuntime() { xercesc::XMLPlatformUtils::Terminate(); }
    XercesRuntime(const XercesRuntime&) = delete;
    XercesRuntime& operator=(const XercesRuntime&) = delete;
};

// The files named, a folder replaced by its *.xml files in name order.
std::vector<std::string> expand(char** first, char** last) {
    std::vector<std::string> files;
    for (; first != last; ++first) {
        if (!std::filesystem::is_directory(*first)) {
            files.emplace_back(*first);
            continue;
        }
        std::vector<std::string> inside;
        for (const auto& entry : std::filesystem::directory_iterator(*first)) {
            if (entry.path().extension() == ".xml") inside.push_back(entry.path().string());
        }
        std::sort(inside.begin(), inside.end());
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

int usage() {
    std::fprintf(stderr, "usage: gradus-floor sax XSD 0|1 PARSERS FILE... | insert DB ROWS | window DB FILE...\n");
    return 2;
}

int run(int argc, char** argv) {
    using namespace floor_bench;
    const XercesRuntime xerces;
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "sax" && argc >= 6) {
        const std::vector<std::string> files = expand(argv + 5, argv + argc);
        const auto start = now_ns();
        const SaxResult r = sax_pass(files, argv[2], std::string(argv[3]) == "1", std::stoul(argv[4]));
        std::printf("seconds=%.3f elements=%zu errors=%zu\n", seconds_since(start), r.elements, r.errors);
        return r.errors == 0 ? 0 : 1;
    }
    if (command == "insert" && argc == 4) {
        const auto start = now_ns();
        raw_insert(argv[2], std::stoll(argv[3]));
        std::printf("seconds=%.3f\n", seconds_since(start));
        return 0;
    }
    if (command == "window" && argc >= 4) {
        const std::vector<std::string> files(argv + 3, argv + argc);
        const auto start = now_ns();
        const auto rows = read_rows(files);
        const double read_s = seconds_since(start);
        const WindowTimes t = window_rank(argv[2], rows);
        std::printf("read_seconds=%.3f load_seconds=%.3f query_seconds=%.3f ranked=%lld\n", read_s, t.load_s,
                    t.query_s, static_cast<long long>(t.ranked));
        return 0;
    }
    return usage();
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gradus-floor: %s\n", e.what());
        return 1;
    }
}

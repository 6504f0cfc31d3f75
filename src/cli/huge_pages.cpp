#include "gradus/cli/huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace gradus::cli {

namespace {

constexpr const char* decided = "GRADUS_HUGE_PAGES";
constexpr const char* tunable = "glibc.malloc.hugetlb";

bool kernel_gives_huge_pages_on_request() {
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    return std::getline(mode, line) && line.find("[madvise]") != std::string::npos;
}

}  // namespace

void restart_with_huge_pages(char** argv) {
    if (std::getenv(decided) != nullptr || !kernel_gives_huge_pages_on_request()) return;
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    std::string value = tunables == nullptr ? std::string() : std::string(tunables);
    if (value.find(tunable) != std::string::npos) return;
    value += (value.empty() ? "" : ":") + std::string(tunable) + "=1";
    if (::setenv(decided, "1", 1) != 0 || ::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
    ::execv("/proc/self/exe", argv);
}

}  // namespace gradus::cli

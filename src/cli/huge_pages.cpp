#include "gradus/cli/huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::cli {

namespace {

constexpr const char* decision_variable = "GRADUS_HUGE_PAGES";
constexpr std::string_view restarted = "restarted";
// GLIBC_TUNABLES as it was before the restart, for the restarted program to put back.
constexpr const char* tunables_before_variable = "GRADUS_GLIBC_TUNABLES_BEFORE";
constexpr const char* tunables_variable = "GLIBC_TUNABLES";
constexpr std::string_view tunable = "glibc.malloc.hugetlb";

bool kernel_gives_huge_pages_on_request() {
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    return std::getline(mode, line) && line.find("[madvise]") != std::string::npos;
}

std::optional<std::string> variable(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

// Puts GLIBC_TUNABLES back as it was and forgets the restart, so that the commands gradus starts
// (a job's notify command) inherit the environment gradus was given.
void restore_environment(const std::optional<std::string>& tunables_before) {
    if (tunables_before) {
        ::setenv(tunables_variable, tunables_before->c_str(), 1);
    } else {
        ::unsetenv(tunables_variable);
    }
    ::unsetenv(tunables_before_variable);
    ::unsetenv(decision_variable);
}

}  // namespace

void restart_with_huge_pages(char** argv) {
    const std::optional<std::string> decision = variable(decision_variable);
    if (decision == restarted) {
        restore_environment(variable(tunables_before_variable));
        return;
    }
    if (decision || !kernel_gives_huge_pages_on_request()) return;
    const std::optional<std::string> tunables = variable(tunables_variable);
    if (tunables && tunables->find(tunable) != std::string::npos) return;
    const std::string value = (tunables ? *tunables + ":" : std::string()) + std::string(tunable) + "=1";
    const bool ready = ::setenv(decision_variable, restarted.data(), 1) == 0 &&
                       (!tunables || ::setenv(tunables_before_variable, tunables->c_str(), 1) == 0) &&
                       ::setenv(tunables_variable, value.c_str(), 1) == 0;
    if (ready) ::execv("/proc/self/exe", argv);
    restore_environment(tunables);
}

}  // namespace gradus::cli

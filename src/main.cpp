#include "gradus/cli/command.hpp"
#include "gradus/cli/huge_pages.hpp"

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    gradus::cli::restart_with_huge_pages(argv);
    // Before any thread can read the environment: Xerces refuses every DTD (cpp-notes §4).
    ::setenv("XERCES_DISABLE_DTD", "1", 1);
    std::vector<std::string> args(argv + 1, argv + argc);
    return gradus::cli::run_main(args, std::cout, std::cerr);
}

#include "gradus/cli/command.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return gradus::cli::run_main(args, std::cout, std::cerr);
}

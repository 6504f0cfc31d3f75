#pragma once

#include <filesystem>
#include <string>

namespace gradus::app {

// The whole content of an input file; InputError naming the file when it cannot be read.
std::string read_input_file(const std::filesystem::path& file);

}  // namespace gradus::app

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::l68::detail {

// One data line of a reference file, split at ';', with its 1-based line number.
struct DataLine {
    std::size_t number = 0;
    std::vector<std::string> fields;
};

// The data lines of `text`: blank lines, '#' comments and the first non-comment line (the
// header) are skipped. Throws ConfigError naming `name` when a line has not `fields` fields.
std::vector<DataLine> data_lines(std::string_view text, const std::string& name, std::size_t fields);

}  // namespace gradus::l68::detail

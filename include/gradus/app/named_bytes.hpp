#pragma once

#include <string>

namespace gradus::app {

// A file as a run reads or writes it: its name (no folders for inputs, so a replay sees the same
// names) and its bytes.
struct NamedBytes {
    std::string name;
    std::string bytes;
};

}  // namespace gradus::app

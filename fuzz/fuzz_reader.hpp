#pragma once

// The shared body of every libFuzzer target: hands the bytes to one reader under the name
// "fuzz.xml" with the project's schemas. The errors a reader is meant to report (bad input,
// bad configuration) are the expected outcome; anything else escapes and libFuzzer records a
// crash: an InternalError, a ParseError or OverflowError that no reader gave a position to,
// a standard library exception, or whatever the sanitizers catch.

#include "gradus/core/errors.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::fuzz {

inline const std::filesystem::path& schema_dir() {
    static const std::filesystem::path dir = std::filesystem::path(GRADUS_SOURCE_DIR) / "schemas";
    return dir;
}

template <typename Read>
int run_reader(const std::uint8_t* data, std::size_t size, Read read) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        read(bytes, std::string("fuzz.xml"), schema_dir());
    } catch (const InputError&) {
    } catch (const ConfigError&) {
    }
    return 0;
}

}  // namespace gradus::fuzz

#pragma once

#include "gradus/core/byte_source.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace gradus::app {

// A large input file (candidature, the lists of the collocamento mirato), never held whole when it
// can be avoided (a national file is hundreds of MB): read from `path` as it is parsed; else
// pulled from `open` as it is parsed (a stored run's copy, a chunk at a time); else `bytes`.
struct InputDocument {
    std::string name;
    std::filesystem::path path;
    std::string bytes;
    // A new reading of the stored copy whose SHA-256 is `stored_sha256`; called from any thread,
    // once per reading.
    std::function<std::unique_ptr<ByteSource>()> open;
    // A stored run's copy: the SHA-256 of the blob `open` reads. A new run (a riesame) records the
    // file by it, without reading or writing its bytes again.
    std::string stored_sha256;
};

}  // namespace gradus::app

#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace gradus::app {

// A large input file (candidature, the lists of the collocamento mirato): read from `path` as it
// is parsed (a national file is hundreds of MB, never held whole); else fetched by `fetch` when it
// is parsed and dropped after (a stored run's copy: only the files being parsed are held); else
// `bytes`.
struct InputDocument {
    std::string name;
    std::filesystem::path path;
    std::string bytes;
    // Returns the whole file; called from any thread, once per reading.
    std::function<std::string()> fetch;
    // A stored run's copy: the SHA-256 of the blob `fetch` returns. A new run (a riesame) records
    // the file by it, without fetching or writing its bytes again.
    std::string stored_sha256;
};

}  // namespace gradus::app

#pragma once

#include <filesystem>

namespace gradus::cli {

// A new empty file of its own in the system's temporary folder ($TMPDIR or /tmp), readable by its
// owner only, removed when the object goes. Throws Error when it cannot be made.
class TemporaryFile {
public:
    TemporaryFile();
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace gradus::cli

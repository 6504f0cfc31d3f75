#pragma once

#include "gradus/core/byte_sink.hpp"

#include <filesystem>
#include <string_view>

namespace gradus::cli {

// A new empty file of its own in the system's temporary folder ($TMPDIR or /tmp), readable by its
// owner only from the moment it exists, written through this object (mkstemp's descriptor: no
// second file, no rename) and read back by its path; removed when the object goes. Throws Error
// when it cannot be made or written.
class TemporaryFile final : public ByteSink {
public:
    TemporaryFile();
    ~TemporaryFile() override;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    void write(std::string_view bytes) override;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
};

}  // namespace gradus::cli

#pragma once

#include "gradus/cli/files.hpp"
#include "gradus/core/byte_sink.hpp"

#include <filesystem>
#include <fstream>

namespace gradus::cli {

// A file written piece by piece through a temporary file in the same folder, put in place by
// commit() with a rename: a reader sees the old file or the whole new one, never a part. Without
// commit() (an error on the way) the temporary file is removed. Throws Error naming the file.
class AtomicFileSink final : public ByteSink {
public:
    explicit AtomicFileSink(const std::filesystem::path& file, FileAccess access = FileAccess::shared);
    ~AtomicFileSink() override;
    AtomicFileSink(const AtomicFileSink&) = delete;
    AtomicFileSink& operator=(const AtomicFileSink&) = delete;

    void write(std::string_view bytes) override;
    void commit();

private:
    std::filesystem::path m_file;
    std::filesystem::path m_temporary;
    std::ofstream m_out;
    bool m_committed = false;
};

}  // namespace gradus::cli

#pragma once

#include "gradus/app/output_documents.hpp"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace gradus::cli {

// A graduatoria's output folder filled document by document as they are rendered: each goes to a
// temporary file in the folder (owner-only unless it is a public list, pubblica.*, set before the
// first byte) and publish() renames them all into place, so a failed run leaves the old files.
class OutputFolder final : public app::DocumentCopies {
public:
    explicit OutputFolder(std::filesystem::path folder);
    ~OutputFolder() override;  // removes the temporary files a failed run left
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;

    ByteSink& begin(const std::string& name) override;
    void end() override;
    void add(const app::NamedBytes& file);  // a document already in memory
    void publish();

private:
    class FileSink;

    std::filesystem::path m_folder;
    std::unique_ptr<FileSink> m_open;
    std::vector<std::string> m_written;
};

}  // namespace gradus::cli

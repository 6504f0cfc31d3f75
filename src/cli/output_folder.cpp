#include "gradus/cli/output_folder.hpp"

#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"

#include <array>

namespace gradus::cli {
namespace {

std::filesystem::path temporary(const std::filesystem::path& folder, const std::string& name) {
    return folder / (name + ".tmp");
}

}  // namespace

class OutputFolder::FileSink final : public ByteSink {
public:
    explicit FileSink(std::filesystem::path file) : m_file(std::move(file)) {
        using std::filesystem::perms;
        const bool personal = m_file.filename().string().rfind("pubblica", 0) != 0;
        const perms mode = personal ? perms::owner_read | perms::owner_write
                                    : perms::owner_read | perms::owner_write | perms::group_read | perms::others_read;
        create_file_with_mode(m_file, mode);  // restricted from its creation
        m_out.rdbuf()->pubsetbuf(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        m_out.open(m_file, std::ios::binary | std::ios::trunc);
        if (!m_out) throw Error("cannot write " + m_file.string());
    }

    void write(std::string_view bytes) override {
        m_out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!m_out) throw Error("cannot write " + m_file.string());
    }

    void close() {
        m_out.close();
        if (!m_out) throw Error("cannot write " + m_file.string());
    }

private:
    std::filesystem::path m_file;
    std::array<char, 1 << 20> m_buffer;
    std::ofstream m_out;
};

OutputFolder::OutputFolder(std::filesystem::path folder) : m_folder(std::move(folder)) {
    std::filesystem::create_directories(m_folder);
}

OutputFolder::~OutputFolder() {
    m_open.reset();
    std::error_code ec;
    for (const auto& name : m_written) std::filesystem::remove(temporary(m_folder, name), ec);
}

ByteSink& OutputFolder::begin(const std::string& name) {
    if (m_open) throw InternalError("OutputFolder: " + name + " begun while another document is open");
    m_written.push_back(name);
    m_open = std::make_unique<FileSink>(temporary(m_folder, name));
    return *m_open;
}

void OutputFolder::end() {
    if (!m_open) throw InternalError("OutputFolder: end() without begin()");
    m_open->close();
    m_open.reset();
}

void OutputFolder::add(const app::NamedBytes& file) {
    begin(file.name).write(file.bytes);
    end();
}

void OutputFolder::publish() {
    if (m_open) throw InternalError("OutputFolder: publish() while a document is open");
    for (const auto& name : m_written) {
        std::error_code ec;
        std::filesystem::rename(temporary(m_folder, name), m_folder / name, ec);
        if (ec) throw Error("cannot rename " + temporary(m_folder, name).string() + ": " + ec.message());
    }
    m_written.clear();
}

}  // namespace gradus::cli

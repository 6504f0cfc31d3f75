#include "gradus/xml/hashed_file.hpp"

#include "gradus/core/errors.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

namespace gradus::xml {

namespace {

constexpr std::size_t drain_block = 1 << 20;

InputError file_error(const std::string& name, const std::string& message) {
    return InputError(InputIssue{SourcePosition{name, 0, 0}, {}, {}, "file", message});
}

// A regular file on disk, read with read(2).
class FileSource final : public ByteSource {
public:
    FileSource(const std::filesystem::path& file, const std::string& name) : m_name(name) {
        m_fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            throw file_error(m_name, std::string("cannot read: ") + std::strerror(errno));
        }
        struct stat status {};
        if (::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(m_fd);
            throw file_error(m_name, "cannot read: not a regular file");
        }
        m_size = static_cast<std::uintmax_t>(status.st_size);
    }
    ~FileSource() override { ::close(m_fd); }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    std::uintmax_t size() const override { return m_size; }

    std::size_t read(unsigned char* to, std::size_t max) override {
        ssize_t count = 0;
        do {
            count = ::read(m_fd, to, max);
        } while (count < 0 && errno == EINTR);
        if (count < 0) {
            throw file_error(m_name, std::string("cannot read: ") + std::strerror(errno));
        }
        return static_cast<std::size_t>(count);
    }

    void rewind() override {
        if (::lseek(m_fd, 0, SEEK_SET) != 0) {
            throw file_error(m_name, std::string("cannot read again: ") + std::strerror(errno));
        }
    }

private:
    std::string m_name;
    int m_fd = -1;
    std::uintmax_t m_size = 0;
};

}  // namespace

HashedFile::HashedFile(const std::filesystem::path& file, std::string name)
    : m_name(std::move(name)), m_source(std::make_unique<FileSource>(file, m_name)) {}

HashedFile::HashedFile(std::unique_ptr<ByteSource> source, std::string name)
    : m_name(std::move(name)), m_source(std::move(source)) {
    if (!m_source) throw InternalError("no source of bytes for '" + m_name + "'");
}

HashedFile::~HashedFile() = default;

std::size_t HashedFile::read(unsigned char* to, std::size_t max) {
    if (m_failed) {
        throw file_error(m_name, "cannot read: an earlier read failed");
    }
    std::size_t count = 0;
    try {
        count = m_source->read(to, max);
    } catch (...) {
        m_failed = true;
        throw;
    }
    m_sha256.update(std::string_view(reinterpret_cast<const char*>(to), count));
    return count;
}

void HashedFile::rewind() {
    m_source->rewind();
    m_failed = false;
    m_sha256.restart();
}

std::string HashedFile::read_rest() {
    std::string bytes(static_cast<std::size_t>(size()) + 1, '\0');  // one more: a file that grew
    std::size_t length = 0;
    for (;;) {
        if (length == bytes.size()) bytes.resize(bytes.size() * 2);
        const std::size_t got = read(reinterpret_cast<unsigned char*>(bytes.data()) + length, bytes.size() - length);
        if (got == 0) break;
        length += got;
    }
    bytes.resize(length);
    return bytes;
}

std::string HashedFile::finish() {
    const auto block = std::make_unique_for_overwrite<unsigned char[]>(drain_block);
    while (read(block.get(), drain_block) > 0) {
    }
    return m_sha256.hex_digest();
}

}  // namespace gradus::xml

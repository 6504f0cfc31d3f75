#include "gradus/xml/hashed_file.hpp"

#include "gradus/core/errors.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>

namespace gradus::xml {

namespace {

constexpr std::size_t drain_block = 1 << 20;

InputError file_error(const std::string& name, const std::string& message) {
    return InputError(InputIssue{SourcePosition{name, 0, 0}, {}, {}, "file", message});
}

}  // namespace

HashedFile::HashedFile(const std::filesystem::path& file, std::string name) : m_name(std::move(name)) {
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

HashedFile::~HashedFile() { ::close(m_fd); }

std::size_t HashedFile::read(unsigned char* to, std::size_t max) {
    if (m_failed) {
        throw file_error(m_name, "cannot read: an earlier read failed");
    }
    ssize_t count = 0;
    do {
        count = ::read(m_fd, to, max);
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        m_failed = true;
        throw file_error(m_name, std::string("cannot read: ") + std::strerror(errno));
    }
    m_sha256.update(std::string_view(reinterpret_cast<const char*>(to), static_cast<std::size_t>(count)));
    return static_cast<std::size_t>(count);
}

std::string HashedFile::finish() {
    const auto block = std::make_unique_for_overwrite<unsigned char[]>(drain_block);
    while (read(block.get(), drain_block) > 0) {
    }
    return m_sha256.hex_digest();
}

}  // namespace gradus::xml

#include "gradus/cli/temporary_file.hpp"

#include "gradus/core/errors.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include <stdlib.h>
#include <unistd.h>

namespace gradus::cli {

TemporaryFile::TemporaryFile() {
    std::string name = (std::filesystem::temp_directory_path() / "gradus-XXXXXX").string();
    m_fd = ::mkstemp(name.data());  // mode 0600, opened for reading and writing
    if (m_fd < 0) throw Error("cannot make a temporary file like " + name + ": " + std::strerror(errno));
    m_path = name;
}

TemporaryFile::~TemporaryFile() {
    ::close(m_fd);
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
}

void TemporaryFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t done = ::write(m_fd, bytes.data(), bytes.size());
        if (done < 0) {
            if (errno == EINTR) continue;
            throw Error("cannot write the temporary file " + m_path.string() + ": " + std::strerror(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(done));
    }
}

}  // namespace gradus::cli

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
    const int fd = ::mkstemp(name.data());  // mode 0600
    if (fd < 0) throw Error("cannot make a temporary file like " + name + ": " + std::strerror(errno));
    ::close(fd);
    m_path = name;
}

TemporaryFile::~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
}

}  // namespace gradus::cli

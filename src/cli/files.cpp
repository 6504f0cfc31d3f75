#include "gradus/cli/files.hpp"

#include "gradus/cli/file_sink.hpp"

#include "gradus/core/errors.hpp"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gradus::cli {

std::string read_file(const std::filesystem::path& file) {
    // POSIX calls, not a stream: a batch reads 100,000 prospetti of a few KB each, and a stream's
    // buffers cost more than the reading.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError({{file.string(), 0, 0}, "", "", "file", "cannot be opened for reading"});
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    const auto read_some = [&](char* into, std::size_t size) {
        for (;;) {
            const ssize_t got = ::read(fd, into, size);
            if (got >= 0) return static_cast<std::size_t>(got);
            if (errno != EINTR) throw InputError({{file.string(), 0, 0}, "", "", "file", "read error"});
        }
    };
    // Sized once and read straight into place (a national candidature file is hundreds of MB);
    // then whatever the file grew by meanwhile, to its end.
    struct stat status {};
    std::string bytes(::fstat(fd, &status) == 0 && status.st_size > 0 ? static_cast<std::size_t>(status.st_size) : 0,
                      '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const std::size_t got = read_some(bytes.data() + filled, bytes.size() - filled);
        if (got == 0) break;
        filled += got;
    }
    bytes.resize(filled);
    std::array<char, 1 << 16> block;
    while (const std::size_t got = read_some(block.data(), block.size())) bytes.append(block.data(), got);
    return bytes;
}

void write_file_atomically(const std::filesystem::path& file, std::string_view bytes, FileAccess access) {
    AtomicFileSink sink(file, access);
    sink.write(bytes);
    sink.commit();
}

void create_file_with_mode(const std::filesystem::path& file, std::filesystem::perms mode) {
    std::error_code ec;
    std::filesystem::remove(file, ec);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          static_cast<mode_t>(mode) & 0600);  // the group and others get theirs below
    if (fd < 0) throw Error("cannot create " + file.string() + ": " + std::strerror(errno));
    ::close(fd);
    std::filesystem::permissions(file, mode, ec);
    if (ec) throw Error("cannot set the permissions of " + file.string() + ": " + ec.message());
}

std::string utc_timestamp_now() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(now)};
    const std::chrono::hh_mm_ss time{now - std::chrono::floor<std::chrono::days>(now)};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()),
                  static_cast<long>(time.seconds().count()));
    return text;
}

}  // namespace gradus::cli

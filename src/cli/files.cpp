#include "gradus/cli/files.hpp"

#include "gradus/cli/file_sink.hpp"

#include "gradus/core/errors.hpp"

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <system_error>

namespace gradus::cli {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError({{file.string(), 0, 0}, "", "", "file", "cannot be opened for reading"});
    // Sized once and read in large blocks: a national candidature file is hundreds of MB.
    std::string bytes;
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) bytes.reserve(size);
    std::array<char, 1 << 20> block;
    while (in.read(block.data(), block.size()) || in.gcount() > 0) {
        bytes.append(block.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) throw InputError({{file.string(), 0, 0}, "", "", "file", "read error"});
    return bytes;
}

void write_file_atomically(const std::filesystem::path& file, std::string_view bytes, FileAccess access) {
    AtomicFileSink sink(file, access);
    sink.write(bytes);
    sink.commit();
}

void write_graduatoria_files(const std::filesystem::path& folder, const std::vector<app::NamedBytes>& files) {
    std::filesystem::create_directories(folder);
    for (const auto& file : files) {
        const bool personal = file.name.rfind("pubblica", 0) != 0;
        write_file_atomically(folder / file.name, file.bytes, personal ? FileAccess::owner_only : FileAccess::shared);
    }
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

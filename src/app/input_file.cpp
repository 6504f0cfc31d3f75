#include "gradus/app/input_file.hpp"

#include "gradus/core/errors.hpp"

#include <array>
#include <fstream>
#include <system_error>

namespace gradus::app {

std::string read_input_file(const std::filesystem::path& file) {
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

}  // namespace gradus::app

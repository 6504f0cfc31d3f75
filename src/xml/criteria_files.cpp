#include "gradus/xml/criteria_reader.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace gradus::xml {

namespace {

std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw ConfigError(file.string() + ": cannot read the criteria file");
    }
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
        throw ConfigError(file.string() + ": cannot read the criteria file");
    }
    return bytes;
}

std::vector<std::filesystem::path> xml_files(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
        throw ConfigError(dir.string() + ": cannot list the criteria directory: " + ec.message());
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : it) {
        if (entry.is_regular_file() && entry.path().extension() == ".xml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    return files;
}

}  // namespace

criteria::Criteria read_criteria(const std::filesystem::path& file, const std::filesystem::path& schema_dir) {
    return read_criteria_bytes(file_bytes(file), file.string(), schema_dir);
}

criteria::LoadedCriteria read_criteria_file(const std::filesystem::path& file, const std::filesystem::path& schema_dir) {
    std::string bytes = file_bytes(file);
    criteria::Criteria c = read_criteria_bytes(bytes, file.string(), schema_dir);
    std::string hash = sha256_hex(bytes);
    return {std::move(c), file.filename().string(), std::move(hash), std::move(bytes)};
}

std::vector<criteria::LoadedCriteria> read_criteria_dir(const std::filesystem::path& dir,
                                                        const std::filesystem::path& schema_dir) {
    std::vector<criteria::LoadedCriteria> all;
    for (const auto& file : xml_files(dir)) {
        all.push_back(read_criteria_file(file, schema_dir));
    }
    criteria::check_catalogue(all);
    return all;
}

}  // namespace gradus::xml

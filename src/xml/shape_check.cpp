#include "shape_check.hpp"

#include "gradus/core/sha256.hpp"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <system_error>
#include <tuple>

namespace gradus::xml::detail {

namespace {

using Stamp = std::tuple<std::filesystem::file_time_type, std::uintmax_t>;

std::string file_sha256(const std::filesystem::path& xsd) {
    std::ifstream in(xsd, std::ios::binary);
    if (!in.is_open()) return {};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return sha256_hex(bytes.str());
}

// Whether `xsd` as it was at `stamp` has the digest `sha256`; each file is hashed once per stamp.
bool digest_is(const std::filesystem::path& xsd, const Stamp& stamp, std::string_view sha256) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, Stamp>, std::string> known;  // empty: the file was unreadable
    const std::lock_guard lock(mutex);
    auto [entry, added] = known.try_emplace({xsd.native(), stamp});
    if (added) entry->second = file_sha256(xsd);
    return entry->second == sha256;
}

}  // namespace

bool shape_fits(const std::filesystem::path& xsd, std::string_view sha256) {
    std::error_code ec;
    const Stamp stamp{std::filesystem::last_write_time(xsd, ec), std::filesystem::file_size(xsd, ec)};
    if (ec) return false;
    return digest_is(xsd, stamp, sha256);
}

bool shape_fits(const CheckedSchema& schema, std::string_view sha256) {
    const Stamp unsized{schema.version(), 0};  // the size is not read: a key of its own
    return digest_is(schema.schema().xsd, unsized, sha256);
}

}  // namespace gradus::xml::detail

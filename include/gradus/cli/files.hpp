#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace gradus::cli {

// The whole file as bytes; throws InputError naming the file when it cannot be read.
std::string read_file(const std::filesystem::path& file);

enum class FileAccess {
    owner_only,  // 0600: files with personal data
    shared,      // 0644
};

// Writes `bytes` to `file` through a temporary file in the same folder and a rename, so a reader
// sees the old file or the new one, never half of it. Throws Error naming the file.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                           FileAccess access = FileAccess::shared);

// Makes `file` a new empty file with exactly `mode`, from the moment it exists: a file left there
// before (by a run that crashed, or by someone else) is removed first, so no one can hold it open
// and read what is written next. Throws Error naming the file.
void create_file_with_mode(const std::filesystem::path& file, std::filesystem::perms mode);

// The current UTC time as "YYYY-MM-DDThh:mm:ssZ", for run manifests only (never for a rule).
std::string utc_timestamp_now();

}  // namespace gradus::cli

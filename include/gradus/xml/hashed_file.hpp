#pragma once

#include "gradus/core/byte_source.hpp"
#include "gradus/core/sha256.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace gradus::xml {

// An input file read front to back while it is parsed, and hashed (SHA-256) on the way: the
// digest is always that of every byte of the file, however far the parser got. A reader that
// gives up on a first reading may start the file over (rewind). The bytes come
// from the file on disk or from another source of the same file (a run's stored copy).
class HashedFile {
public:
    // Opens a regular file; `name` stands for it in messages. Throws InputError (rule "file")
    // when it cannot be opened.
    HashedFile(const std::filesystem::path& file, std::string name);
    HashedFile(std::unique_ptr<ByteSource> source, std::string name);
    ~HashedFile();
    HashedFile(const HashedFile&) = delete;
    HashedFile& operator=(const HashedFile&) = delete;

    const std::string& name() const { return m_name; }
    std::uintmax_t size() const { return m_source->size(); }  // when opened

    // Reads up to `max` next bytes into `to` and hashes them; 0 at the end of the file. Throws
    // InputError (rule "file") on a read error from disk, the source's own error otherwise.
    std::size_t read(unsigned char* to, std::size_t max);
    // Starts the file over from its first byte, forgetting what was read and hashed: a reader
    // that gave up on a first reading reads it again. Throws the source's error when it cannot.
    void rewind();
    // Reads and hashes what is left of the file and returns it: a reader that takes the file whole.
    std::string read_rest();
    // Reads and hashes what is left of the file and returns the hex SHA-256 of all of it.
    // Throws if any read failed.
    std::string finish();

private:
    std::string m_name;
    std::unique_ptr<ByteSource> m_source;
    bool m_failed = false;
    Sha256 m_sha256;
};

}  // namespace gradus::xml

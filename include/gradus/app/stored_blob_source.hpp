#pragma once

#include "gradus/core/byte_source.hpp"
#include "gradus/store/store.hpp"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace gradus::app {

// A stored blob read a chunk at a time, so that a parser holds one chunk of it, never the whole
// file. Readers on several threads share the store's one connection through `connection_lock`,
// each holding it only while it fetches a chunk. Throws InternalError when there is no such blob.
class StoredBlobSource final : public ByteSource {
public:
    StoredBlobSource(store::Store& db, std::shared_ptr<std::mutex> connection_lock, std::string sha256);

    std::uintmax_t size() const override;
    std::size_t read(unsigned char* to, std::size_t max) override;

private:
    store::Store& m_db;
    std::shared_ptr<std::mutex> m_connection_lock;
    std::string m_sha256;
    store::BlobShape m_shape;
    std::int64_t m_next_piece = 0;
    std::string m_piece;
    std::size_t m_offset = 0;  // in m_piece
};

}  // namespace gradus::app

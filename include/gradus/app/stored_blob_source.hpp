#pragma once

#include "gradus/core/byte_source.hpp"
#include "gradus/store/blob_shape.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace gradus::store {
class Store;
}

namespace gradus::app {

// A stored blob read a piece at a time: a parser holds one chunk (1 MiB) of a chunked blob, never
// the whole file; a blob stored whole (small ones, and any written before blobs had chunks) is
// its one piece. Readers on several threads share the store's one connection through
// `connection_lock`, each holding it only while it fetches a piece, and nothing else may use the
// store meanwhile. `what` names the file in messages ("candidature 'c.xml'"). Throws
// InternalError when there is no such blob.
class StoredBlobSource final : public ByteSource {
public:
    StoredBlobSource(store::Store& db, std::shared_ptr<std::mutex> connection_lock, std::string sha256,
                     const std::string& what);

    std::uintmax_t size() const override;
    std::size_t read(unsigned char* to, std::size_t max) override;
    void rewind() override;

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

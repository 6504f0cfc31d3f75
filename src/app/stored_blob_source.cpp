#include "gradus/app/stored_blob_source.hpp"

#include "gradus/core/byte_sink.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/store/store.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace gradus::app {

StoredBlobSource::StoredBlobSource(store::Store& db, std::shared_ptr<std::mutex> connection_lock, std::string sha256,
                                   const std::string& what)
    : m_db(db), m_connection_lock(std::move(connection_lock)), m_sha256(std::move(sha256)) {
    const std::lock_guard<std::mutex> lock(*m_connection_lock);
    const auto shape = m_db.blob_shape(m_sha256);
    if (!shape) throw InternalError("blob " + m_sha256 + " of " + what + " is missing");
    m_shape = *shape;
}

std::uintmax_t StoredBlobSource::size() const { return static_cast<std::uintmax_t>(m_shape.size); }

std::size_t StoredBlobSource::read(unsigned char* to, std::size_t max) {
    while (m_offset == m_piece.size()) {
        if (m_next_piece == m_shape.pieces()) return 0;
        StringSink sink;
        {
            const std::lock_guard<std::mutex> lock(*m_connection_lock);
            m_db.read_blob_piece(m_sha256, m_shape, m_next_piece, sink);
        }
        ++m_next_piece;
        m_piece = sink.take();
        m_offset = 0;
    }
    const std::size_t count = std::min(max, m_piece.size() - m_offset);
    std::memcpy(to, m_piece.data() + m_offset, count);
    m_offset += count;
    return count;
}

void StoredBlobSource::rewind() {
    m_next_piece = 0;
    m_piece.clear();
    m_offset = 0;
}

}  // namespace gradus::app

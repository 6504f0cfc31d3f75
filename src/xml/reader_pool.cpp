#include "reader_pool.hpp"

#include <new>
#include <utility>

namespace gradus::xml::detail {

ReaderPool& ReaderPool::instance() {
    // Xerces' terminate handler is registered with atexit before the pool is constructed, so the
    // pool and its readers are destroyed before Xerces terminates.
    ensure_runtime();
    static ReaderPool pool;
    return pool;
}

ReaderPool::Lease::Lease(ReaderPool& pool, const CheckedSchema& checked, XercesAdapter& adapter) : m_pool(pool) {
    const Schema& schema = checked.schema();
    m_key = Key{schema.xsd, schema.target_namespace, schema.validate, checked.version()};
    {
        const std::lock_guard lock(m_pool.m_mutex);
        auto found = m_pool.m_idle.find(m_key);
        if (found != m_pool.m_idle.end() && !found->second.empty()) {
            m_reader = std::move(found->second.back());
            found->second.pop_back();
        }
    }
    if (m_reader) {
        m_reader->bind(adapter);
    } else {
        m_reader = std::make_unique<HardenedReader>(schema, adapter);
    }
}

ReaderPool::Lease::~Lease() {
    if (!m_keep) {
        return;
    }
    const std::lock_guard lock(m_pool.m_mutex);
    try {
        m_pool.m_idle[m_key].push_back(std::move(m_reader));
    } catch (const std::bad_alloc&) {
        // Out of memory: the reader is destroyed instead of kept, and the next parse makes another.
    }
}

}  // namespace gradus::xml::detail

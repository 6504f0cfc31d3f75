#pragma once

#include "hardened_reader.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace gradus::xml::detail {

// Idle hardened readers kept per schema: compiling an XSD costs far more than parsing a document,
// so each reader loads its grammar once and then serves one parse after another. A reader is
// lent to one thread at a time; threads parsing together each hold their own.
class ReaderPool {
    // Schema file, namespace, whether it validates and the file's modification time: an edited
    // schema is loaded anew.
    using Key = std::tuple<std::filesystem::path, std::string, bool, std::filesystem::file_time_type>;

public:
    // The process's pool; it is destroyed at exit before Xerces is terminated.
    static ReaderPool& instance();

    // Lends a reader of `schema` bound to `adapter`, making one (loading the grammar, with
    // its errors reaching `adapter`) when none is idle. Throws ConfigError when the grammar is
    // unusable.
    class Lease {
    public:
        Lease(ReaderPool& pool, const CheckedSchema& schema, XercesAdapter& adapter);
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;

        xercesc::SAX2XMLReader& reader() { return m_reader->reader(); }
        // The parse ended normally: the reader goes back to the pool. Otherwise it is destroyed,
        // so that no state of an interrupted parse reaches the next document.
        void keep() { m_keep = true; }

    private:
        ReaderPool& m_pool;
        Key m_key;
        std::unique_ptr<HardenedReader> m_reader;
        bool m_keep = false;
    };

private:
    ReaderPool() = default;

    std::mutex m_mutex;
    std::map<Key, std::vector<std::unique_ptr<HardenedReader>>> m_idle;
};

}  // namespace gradus::xml::detail

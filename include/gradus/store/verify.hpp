#pragma once

#include <gradus/store/store.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace gradus::store {

struct VerifyReport {
    std::int64_t blobs = 0;
    std::int64_t runs = 0;  // links of the chain checked
    std::int64_t rows = 0;
    std::string head;  // manifest hash of the newest link ("genesis" when empty): compare with a copy kept elsewhere
    std::vector<std::string> problems;  // in the order found: the first is the first thing that does not match
};

// Walks every blob (its bytes against its hash) and the chain of runs in commit order: each link's
// predecessor, its files' hashes, the hash of the result rows it wrote and its manifest; then the
// result rows that no link accounts for. Reads only.
VerifyReport verify_store(Store& db);

}  // namespace gradus::store

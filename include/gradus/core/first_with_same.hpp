#pragma once

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace gradus {

// For each of `indices` (ascending), the index of the first of them whose key() is the same (itself
// when it is the first); the other entries of the result, of `size` in all, are 0. The indices are
// sorted by a hash of their key, pairs of integers that sort without touching a string, and keys are
// compared only within one hash, so the result is the same whatever the hash, colliding or not.
template <class Key, class Hash = std::hash<std::string_view>>
std::vector<std::size_t> first_with_same(const std::vector<std::size_t>& indices, Key key, std::size_t size,
                                         Hash hash = {}) {
    struct Hashed {
        std::size_t hash;
        std::size_t index;
    };
    std::vector<Hashed> hashed(indices.size());
    tbb::parallel_for(std::size_t{0}, indices.size(), [&](std::size_t k) {
        hashed[k] = {static_cast<std::size_t>(hash(std::string_view(key(indices[k])))), indices[k]};
    });
    tbb::parallel_sort(hashed.begin(), hashed.end(), [](const Hashed& a, const Hashed& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
    });
    std::vector<std::size_t> first(size);
    std::vector<std::size_t> keys_seen;  // within one hash, in index order: the first index of each key
    for (std::size_t begin = 0, end = 0; begin < hashed.size(); begin = end) {
        end = begin + 1;
        while (end < hashed.size() && hashed[end].hash == hashed[begin].hash) ++end;
        keys_seen.clear();
        for (std::size_t k = begin; k < end; ++k) {
            const std::size_t i = hashed[k].index;
            const auto same = std::find_if(keys_seen.begin(), keys_seen.end(),
                                           [&](std::size_t seen) { return key(seen) == key(i); });
            if (same != keys_seen.end()) {
                first[i] = *same;
            } else {
                first[i] = i;
                keys_seen.push_back(i);
            }
        }
    }
    return first;
}

}  // namespace gradus

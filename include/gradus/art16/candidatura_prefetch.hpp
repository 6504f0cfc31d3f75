#pragma once

#include "gradus/art16/candidatura.hpp"

#include <cstddef>

namespace gradus::art16 {

// A graduatoria visits its records in rank order, all over memory, and each visit would wait for
// its record to arrive: a loop asks the processor for the record some positions ahead of the one
// it works on. Enough positions for memory to answer meanwhile, few enough to stay in the cache.
inline constexpr std::size_t prefetch_lead = 16;

namespace detail {
inline void prefetch_bytes(const void* begin, const void* end) {
    for (const char* at = static_cast<const char*>(begin); at < end; at += 64) __builtin_prefetch(at);
}
}  // namespace detail

// Every byte of the record itself (not the texts and lists it points to elsewhere).
inline void prefetch(const Candidatura& c) { detail::prefetch_bytes(&c, &c + 1); }

// The record's bytes up to the end of its name: what a row of a graduatoria shows of the person.
inline void prefetch_identity(const Candidatura& c) { detail::prefetch_bytes(&c, &c.name + 1); }

}  // namespace gradus::art16

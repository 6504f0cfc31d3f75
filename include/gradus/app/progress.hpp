#pragma once

#include <atomic>
#include <cstdint>

namespace gradus::app {

// How far a batch has got, for a progress display while it runs: the input files read so far and
// the records in them. The batch's worker threads add, a display thread reads; counters only
// (the batch reads no clock, the display computes rates with its own).
class Progress {
public:
    void file_read(std::int64_t records) {
        m_records.fetch_add(records, std::memory_order_relaxed);
        m_files.fetch_add(1, std::memory_order_relaxed);
    }
    std::int64_t files() const { return m_files.load(std::memory_order_relaxed); }
    std::int64_t records() const { return m_records.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_files{0};
    std::atomic<std::int64_t> m_records{0};
};

}  // namespace gradus::app

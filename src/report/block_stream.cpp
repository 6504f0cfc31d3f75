#include "gradus/report/block_stream.hpp"

#include "gradus/core/blocks_in_order.hpp"

#include <oneapi/tbb/concurrent_queue.h>

#include <utility>

namespace gradus::report {

void write_in_blocks(ByteSink& sink, std::size_t count, const BlockRenderer& render) {
    // Buffers of blocks already written, reused so that their capacity is allocated only once.
    tbb::concurrent_queue<std::string> spare;
    blocks_in_order(
        count, report_block_size,
        [&](std::size_t first, std::size_t last) {
            std::string bytes;
            spare.try_pop(bytes);
            render(first, last, bytes);
            return bytes;
        },
        [&](std::string bytes) {
            sink.write(bytes);
            bytes.clear();
            spare.push(std::move(bytes));
        });
}

}  // namespace gradus::report

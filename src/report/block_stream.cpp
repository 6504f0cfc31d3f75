#include "gradus/report/block_stream.hpp"

#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <utility>

namespace gradus::report {

namespace {

struct Block {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string bytes;
};

}  // namespace

void write_in_blocks(ByteSink& sink, std::size_t count, const BlockRenderer& render) {
    if (count == 0) {
        return;
    }
    // Two blocks per thread in flight keep the threads busy while the sink takes the oldest one.
    const auto live = 2 * static_cast<std::size_t>(std::max(1, tbb::this_task_arena::max_concurrency()));
    // Buffers of blocks already written, reused so that their capacity is allocated only once.
    tbb::concurrent_queue<std::string> spare;
    std::size_t next = 0;

    const auto cut = [&](tbb::flow_control& control) {
        Block block;
        if (next == count) {
            control.stop();
            return block;
        }
        block.first = next;
        block.last = std::min(count, next + report_block_size);
        next = block.last;
        spare.try_pop(block.bytes);
        return block;
    };
    const auto fill = [&render](Block block) {
        render(block.first, block.last, block.bytes);
        return block;
    };
    const auto drain = [&](Block block) {
        sink.write(block.bytes);
        block.bytes.clear();
        spare.push(std::move(block.bytes));
    };
    tbb::parallel_pipeline(live, tbb::make_filter<void, Block>(tbb::filter_mode::serial_in_order, cut) &
                                     tbb::make_filter<Block, Block>(tbb::filter_mode::parallel, fill) &
                                     tbb::make_filter<Block, void>(tbb::filter_mode::serial_in_order, drain));
}

}  // namespace gradus::report

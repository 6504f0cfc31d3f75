#pragma once

#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace gradus {

// Items [0, count) cut into blocks of `block_size`: `make(first, last)` runs on several threads at
// once, each call on its own block, and `take(result)` receives the results one at a time, in block
// order. At most two blocks per thread are alive, however long the list. An exception from either
// stops the work and propagates. Blocks of a fixed size: what is made never depends on the threads.
template <class Make, class Take>
void blocks_in_order(std::size_t count, std::size_t block_size, Make make, Take take) {
    using Range = std::pair<std::size_t, std::size_t>;
    using Result = std::invoke_result_t<Make&, std::size_t, std::size_t>;
    const auto live = 2 * static_cast<std::size_t>(std::max(1, tbb::this_task_arena::max_concurrency()));
    std::size_t next = 0;
    const auto cut = [&](tbb::flow_control& control) {
        if (next == count) control.stop();
        const std::size_t first = next;
        next = std::min(count, next + block_size);
        return Range{first, next};
    };
    const auto made = [&make](Range range) { return make(range.first, range.second); };
    const auto taken = [&take](Result result) { take(std::move(result)); };
    tbb::parallel_pipeline(live, tbb::make_filter<void, Range>(tbb::filter_mode::serial_in_order, cut) &
                                     tbb::make_filter<Range, Result>(tbb::filter_mode::parallel, made) &
                                     tbb::make_filter<Result, void>(tbb::filter_mode::serial_in_order, taken));
}

}  // namespace gradus

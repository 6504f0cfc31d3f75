#pragma once

#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace gradus {

// Items [0, count) cut into blocks of `block_size`: `make(first, last)` runs on several threads at
// once, each call on its own block, and `take(result)` receives the results one at a time, in block
// order. At most two blocks per thread are alive, however long the list. An exception from either
// stops the work and propagates, and the results made but not taken are destroyed. Blocks of a
// fixed size: what is made never depends on the threads.
template <class Make, class Take>
void blocks_in_order(std::size_t count, std::size_t block_size, Make make, Take take) {
    using Result = std::invoke_result_t<Make&, std::size_t, std::size_t>;
    const auto live = 2 * static_cast<std::size_t>(std::max(1, tbb::this_task_arena::max_concurrency()));
    // The results wait in slots owned here, not in the pipeline, which does not destroy the items
    // it holds between its stages when an exception stops it. Blocks are taken in order, so block
    // b has left its slot (b % live) before block b + live, the live-th after it, can be made.
    std::vector<std::optional<Result>> slots(live);
    std::size_t next = 0;  // the next block to cut
    const auto cut = [&](tbb::flow_control& control) {
        if (next * block_size >= count) control.stop();
        return next++;
    };
    const auto made = [&](std::size_t block) {
        const std::size_t first = block * block_size;
        slots[block % live].emplace(make(first, std::min(count, first + block_size)));
        return block;
    };
    const auto taken = [&](std::size_t block) {
        std::optional<Result>& slot = slots[block % live];
        Result result = std::move(*slot);
        slot.reset();
        take(std::move(result));
    };
    tbb::parallel_pipeline(live, tbb::make_filter<void, std::size_t>(tbb::filter_mode::serial_in_order, cut) &
                                     tbb::make_filter<std::size_t, std::size_t>(tbb::filter_mode::parallel, made) &
                                     tbb::make_filter<std::size_t, void>(tbb::filter_mode::serial_in_order, taken));
}

}  // namespace gradus

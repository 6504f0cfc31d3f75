#pragma once

#include "gradus/core/byte_sink.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace gradus::report {

// How many entries (ranked candidates, exclusions) one block of a streamed report holds. A fixed
// number, so that the pieces and their bytes never depend on the number of threads.
inline constexpr std::size_t report_block_size = 1024;

// Appends entries [first, last) of a list to `out`. Called from several threads at once, each on
// its own block and buffer: it may only read shared data.
using BlockRenderer = std::function<void(std::size_t first, std::size_t last, std::string& out)>;

// Entries [0, count) rendered in blocks of report_block_size, several blocks at a time on oneTBB,
// and written to `sink` block by block in order: only a few blocks are held at any time, however
// long the list. An exception from `render` or from the sink stops the rendering and propagates.
void write_in_blocks(ByteSink& sink, std::size_t count, const BlockRenderer& render);

}  // namespace gradus::report

#include "gradus/report/block_stream.hpp"

#include <catch2/catch.hpp>
#include <oneapi/tbb/global_control.h>

#include <stdexcept>
#include <string>
#include <vector>

using gradus::report::report_block_size;
using gradus::report::write_in_blocks;

namespace {

// Keeps every piece it is given, in order.
class PieceSink final : public gradus::ByteSink {
public:
    void write(std::string_view bytes) override { pieces.emplace_back(bytes); }
    std::vector<std::string> pieces;
};

std::string joined(const std::vector<std::string>& pieces) {
    std::string all;
    for (const std::string& piece : pieces) all += piece;
    return all;
}

}  // namespace

TEST_CASE("write_in_blocks hands the sink fixed blocks in order whatever the thread count", "[report][stream]") {
    const std::size_t count = 3 * report_block_size + 7;
    const auto render = [](std::size_t first, std::size_t last, std::string& out) {
        for (std::size_t i = first; i < last; ++i) out += std::to_string(i) + ",";
    };
    std::string expected;
    render(0, count, expected);
    std::string last_block;
    render(3 * report_block_size, count, last_block);
    for (const std::size_t threads : {1, 2, 4}) {
        const tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
        PieceSink sink;
        write_in_blocks(sink, count, render);
        REQUIRE(sink.pieces.size() == 4);
        CHECK(sink.pieces.back() == last_block);
        CHECK(joined(sink.pieces) == expected);
    }
}

TEST_CASE("write_in_blocks writes nothing for an empty list", "[report][stream]") {
    PieceSink sink;
    write_in_blocks(sink, 0, [](std::size_t, std::size_t, std::string& out) { out += "x"; });
    CHECK(sink.pieces.empty());
}

TEST_CASE("write_in_blocks passes on an exception from the sink", "[report][stream]") {
    class FullSink final : public gradus::ByteSink {
    public:
        void write(std::string_view) override { throw std::runtime_error("disk full"); }
    } sink;
    CHECK_THROWS_WITH(write_in_blocks(sink, 5 * report_block_size,
                                      [](std::size_t, std::size_t, std::string& out) { out += "x"; }),
                      "disk full");
}

// Reports and result rows of a national graduatoria are made in parallel blocks and taken in
// order, by blocks_in_order() or blocks_taken_here(): every item exactly once, in its place,
// whatever the threads do; an exception stops the work and loses nothing it held.

#include "gradus/core/blocks_in_order.hpp"
#include "gradus/core/blocks_taken_here.hpp"

#include <catch2/catch.hpp>

#include <oneapi/tbb/task_arena.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct InOrder {
    template <class Make, class Take>
    static void run(std::size_t count, std::size_t block_size, Make make, Take take) {
        gradus::blocks_in_order(count, block_size, std::move(make), std::move(take));
    }
};

struct TakenHere {
    template <class Make, class Take>
    static void run(std::size_t count, std::size_t block_size, Make make, Take take) {
        gradus::blocks_taken_here(count, block_size, std::move(make), std::move(take));
    }
};

// A result that counts how many of its kind are alive.
struct Counted {
    static inline std::atomic<int> alive{0};
    std::size_t first = 0;
    explicit Counted(std::size_t f) : first(f) { ++alive; }
    Counted(const Counted& other) : first(other.first) { ++alive; }
    Counted(Counted&& other) noexcept : first(other.first) { ++alive; }
    ~Counted() { --alive; }
    Counted& operator=(const Counted&) = default;
    Counted& operator=(Counted&&) noexcept = default;
};

}  // namespace

TEMPLATE_TEST_CASE("blocks in order: every item once, in order, in blocks of the size asked", "[core]", InOrder,
                   TakenHere) {
    std::vector<std::size_t> taken;
    std::vector<std::pair<std::size_t, std::size_t>> blocks;
    TestType::run(
        10'003, 100,
        [](std::size_t first, std::size_t last) {
            std::vector<std::size_t> items;
            for (std::size_t i = first; i < last; ++i) items.push_back(i * i);
            return std::make_pair(std::make_pair(first, last), items);
        },
        [&](auto made) {
            blocks.push_back(made.first);
            taken.insert(taken.end(), made.second.begin(), made.second.end());
        });
    REQUIRE(taken.size() == 10'003);
    for (std::size_t i = 0; i < taken.size(); ++i) REQUIRE(taken[i] == i * i);
    REQUIRE(blocks.size() == 101);
    CHECK(blocks.front() == std::make_pair(std::size_t{0}, std::size_t{100}));
    CHECK(blocks.back() == std::make_pair(std::size_t{10'000}, std::size_t{10'003}));
}

TEMPLATE_TEST_CASE("blocks in order: nothing takes nothing; an exception stops the work and comes out", "[core]",
                   InOrder, TakenHere) {
    int calls = 0;
    TestType::run(
        0, 10, [&](std::size_t, std::size_t) { return ++calls; }, [&](int) { ++calls; });
    CHECK(calls == 0);

    std::vector<std::size_t> taken;
    CHECK_THROWS_WITH(TestType::run(
                          1'000, 10,
                          [](std::size_t first, std::size_t) {
                              if (first == 500) throw std::runtime_error("block 50 is bad");
                              return first;
                          },
                          [&](std::size_t first) { taken.push_back(first); }),
                      "block 50 is bad");
    for (std::size_t i = 0; i < taken.size(); ++i) CHECK(taken[i] == i * 10);
    CHECK(taken.size() <= 50);
}

TEMPLATE_TEST_CASE("blocks in order stopped by an exception destroy the results they still held", "[core]", InOrder,
                   TakenHere) {
    // Block 0 is slow and block 3 throws: the blocks made meanwhile wait for their turn, and must
    // not be lost with the exception (a report's blocks are megabytes each).
    tbb::task_arena two(2);
    two.execute([] {
        CHECK_THROWS_WITH(TestType::run(
                              100, 1,
                              [](std::size_t first, std::size_t) {
                                  if (first == 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
                                  if (first == 3) {
                                      std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                      throw std::runtime_error("block 3 is bad");
                                  }
                                  return Counted(first);
                              },
                              [](Counted) {}),
                          "block 3 is bad");
    });
    CHECK(Counted::alive == 0);
}

// A graduatoria's million result rows are made in parallel blocks and inserted in order by the
// thread that holds the store's connection: every item exactly once, in its place, every block
// taken on that thread, whatever the other threads do.

#include "gradus/core/blocks_taken_here.hpp"

#include <catch2/catch.hpp>

#include <oneapi/tbb/task_arena.h>

#include <atomic>
#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

using gradus::blocks_taken_here;

namespace {

std::vector<std::size_t> squares(std::size_t first, std::size_t last) {
    std::vector<std::size_t> items;
    for (std::size_t i = first; i < last; ++i) items.push_back(i * i);
    return items;
}

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

TEST_CASE("blocks_taken_here hands over every item once, in order, each block on the calling thread", "[core]") {
    tbb::task_arena two(2);
    two.execute([] {
        const auto caller = std::this_thread::get_id();
        std::vector<std::size_t> taken;
        std::vector<std::pair<std::size_t, std::size_t>> blocks;
        std::set<std::thread::id> taking_threads;
        blocks_taken_here(
            10'003, 100,
            [&](std::size_t first, std::size_t last) {
                return std::make_pair(std::make_pair(first, last), squares(first, last));
            },
            [&](auto made) {
                taking_threads.insert(std::this_thread::get_id());
                blocks.push_back(made.first);
                taken.insert(taken.end(), made.second.begin(), made.second.end());
                std::this_thread::sleep_for(std::chrono::microseconds(200));  // a slow insert
            });
        REQUIRE(taken.size() == 10'003);
        for (std::size_t i = 0; i < taken.size(); ++i) REQUIRE(taken[i] == i * i);
        REQUIRE(blocks.size() == 101);
        CHECK(blocks.front() == std::make_pair(std::size_t{0}, std::size_t{100}));
        CHECK(blocks.back() == std::make_pair(std::size_t{10'000}, std::size_t{10'003}));
        CHECK(taking_threads == std::set<std::thread::id>{caller});
    });
}

TEST_CASE("blocks_taken_here on one thread makes and takes every block itself, in order", "[core]") {
    // No other thread will ever run the blocks it offers: it must not wait for them.
    tbb::task_arena one(1);
    one.execute([] {
        std::vector<std::size_t> taken;
        blocks_taken_here(1'000, 7, squares, [&](std::vector<std::size_t> made) {
            taken.insert(taken.end(), made.begin(), made.end());
        });
        REQUIRE(taken.size() == 1'000);
        for (std::size_t i = 0; i < taken.size(); ++i) REQUIRE(taken[i] == i * i);
    });
}

TEST_CASE("blocks_taken_here of nothing takes nothing; an exception from either side stops it and comes out",
          "[core]") {
    int calls = 0;
    blocks_taken_here(
        0, 10, [&](std::size_t, std::size_t) { return ++calls; }, [&](int) { ++calls; });
    CHECK(calls == 0);

    std::vector<std::size_t> taken;
    CHECK_THROWS_WITH(blocks_taken_here(
                          1'000, 10,
                          [](std::size_t first, std::size_t) {
                              if (first == 500) throw std::runtime_error("block 50 is bad");
                              return first;
                          },
                          [&](std::size_t first) { taken.push_back(first); }),
                      "block 50 is bad");
    REQUIRE(taken.size() == 50);
    for (std::size_t i = 0; i < taken.size(); ++i) CHECK(taken[i] == i * 10);

    std::atomic<std::size_t> made{0};
    CHECK_THROWS_WITH(blocks_taken_here(
                          100'000, 10,
                          [&](std::size_t first, std::size_t) {
                              ++made;
                              return first;
                          },
                          [](std::size_t first) {
                              if (first == 200) throw std::runtime_error("the store refused block 20");
                          }),
                      "the store refused block 20");
    CHECK(made <= 21 + 2 * static_cast<std::size_t>(tbb::this_task_arena::max_concurrency()));
}

TEST_CASE("blocks_taken_here stopped by an exception destroys the results it still held", "[core]") {
    // Block 0 is slow and block 3 throws: the blocks made meanwhile wait for their turn, and must
    // not be lost with the exception (a block is a thousand rows).
    tbb::task_arena two(2);
    two.execute([] {
        CHECK_THROWS_WITH(blocks_taken_here(
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

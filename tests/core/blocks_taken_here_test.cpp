// A graduatoria's million result rows are made in parallel blocks and inserted in order by the
// thread that holds the store's connection: every block taken on that thread, whatever the other
// threads do (the contract it shares with blocks_in_order() is in blocks_contract_test.cpp).

#include "gradus/core/blocks_taken_here.hpp"

#include <catch2/catch.hpp>

#include <oneapi/tbb/task_arena.h>

#include <atomic>
#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using gradus::blocks_taken_here;

namespace {

std::vector<std::size_t> squares(std::size_t first, std::size_t last) {
    std::vector<std::size_t> items;
    for (std::size_t i = first; i < last; ++i) items.push_back(i * i);
    return items;
}

}  // namespace

TEST_CASE("blocks_taken_here takes every block on the calling thread, in order", "[core]") {
    tbb::task_arena two(2);
    two.execute([] {
        const auto caller = std::this_thread::get_id();
        std::vector<std::size_t> taken;
        std::set<std::thread::id> taking_threads;
        blocks_taken_here(10'003, 100, squares, [&](std::vector<std::size_t> made) {
            taking_threads.insert(std::this_thread::get_id());
            taken.insert(taken.end(), made.begin(), made.end());
            std::this_thread::sleep_for(std::chrono::microseconds(200));  // a slow insert
        });
        REQUIRE(taken.size() == 10'003);
        for (std::size_t i = 0; i < taken.size(); ++i) REQUIRE(taken[i] == i * i);
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

TEST_CASE("blocks_taken_here stops making blocks once a take has failed", "[core]") {
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

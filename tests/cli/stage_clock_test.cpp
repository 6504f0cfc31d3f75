#include "gradus/cli/stage_clock.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using gradus::cli::StageClock;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("The stage clock names every stage three times: its seconds, the peak memory at its end, its CPU seconds",
          "[cli][timings]") {
    StageClock clock;
    clock.mark("parse");
    clock.mark("rank");
    const auto lines = lines_of(clock.text());
    REQUIRE(lines.size() == 3);
    CHECK(std::regex_match(lines[0], std::regex(R"(timings: parse=\d+\.\d{3} rank=\d+\.\d{3} total=\d+\.\d{3})")));
    std::smatch m;
    REQUIRE(std::regex_match(lines[1], m, std::regex(R"(peak_mb: parse=(\d+) rank=(\d+))")));
    // A peak never falls, and a running test binary holds at least a megabyte.
    CHECK(std::stol(m[1]) >= 1);
    CHECK(std::stol(m[2]) >= std::stol(m[1]));
    CHECK(std::regex_match(lines[2], std::regex(R"(cpu_s: parse=\d+\.\d{3} rank=\d+\.\d{3} total=\d+\.\d{3})")));
}

TEST_CASE("A stage's CPU seconds count work, not waiting: a sleeping stage shows almost none, a busy one its work",
          "[cli][timings]") {
    StageClock clock;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    clock.mark("wait");
    // Busy until the process has used 0.3 s of CPU, however loaded the machine is.
    const std::clock_t busy_until = std::clock() + static_cast<std::clock_t>(0.3 * CLOCKS_PER_SEC);
    volatile unsigned spin = 0;
    while (std::clock() < busy_until) spin = spin + 1;
    clock.mark("work");
    std::smatch m;
    const auto lines = lines_of(clock.text());
    REQUIRE(lines.size() == 3);
    REQUIRE(std::regex_match(lines[0], m, std::regex(R"(timings: wait=(\S+) work=(\S+) total=(\S+))")));
    CHECK(std::stod(m[1]) >= 0.3);
    CHECK(std::stod(m[2]) >= 0.29);
    REQUIRE(std::regex_match(lines[2], m, std::regex(R"(cpu_s: wait=(\S+) work=(\S+) total=(\S+))")));
    // Wall seconds in the CPU line would show 0.3 for the wait; the total is the sum of the stages.
    CHECK(std::stod(m[1]) < 0.1);
    CHECK(std::stod(m[2]) >= 0.29);
    CHECK(std::stod(m[3]) == Approx(std::stod(m[1]) + std::stod(m[2])).margin(0.0015));
}

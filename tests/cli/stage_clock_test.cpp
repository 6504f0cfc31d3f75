#include "gradus/cli/stage_clock.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <string>

using gradus::cli::StageClock;

TEST_CASE("The stage clock of --timings names every stage twice: its seconds, then the peak memory when it ended", "[cli][timings]") {
    StageClock clock;
    clock.mark("parse");
    clock.mark("rank");
    const std::string text = clock.text();
    const auto newline = text.find('\n');
    REQUIRE(newline != std::string::npos);
    const std::string seconds = text.substr(0, newline);
    const std::string peaks = text.substr(newline + 1);
    CHECK(std::regex_match(seconds, std::regex(R"(timings: parse=\d+\.\d{3} rank=\d+\.\d{3} total=\d+\.\d{3})")));
    std::smatch m;
    REQUIRE(std::regex_match(peaks, m, std::regex(R"(peak_mb: parse=(\d+) rank=(\d+))")));
    // A peak never falls, and a running test binary holds at least a megabyte.
    CHECK(std::stol(m[1]) >= 1);
    CHECK(std::stol(m[2]) >= std::stol(m[1]));
}

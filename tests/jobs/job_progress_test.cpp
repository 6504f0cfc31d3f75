// The progress line of a job step: elapsed time, time left from the last run, the rate.

#include "../../src/cli/job_progress.hpp"

#include <catch2/catch.hpp>

using namespace gradus::cli;
using namespace std::chrono_literals;

TEST_CASE("Time left comes from how long the step took last time", "[jobs]") {
    CHECK(seconds_text(12345ms) == "12.3 s");
    CHECK(time_left_text(12s, 52s) == ", about 40 s left");
    CHECK(time_left_text(51500ms, 52s) == ", about 1 s left");
    CHECK(time_left_text(53s, 52s) == ", longer than the last run (52.0 s)");
}

TEST_CASE("The rate counts what the command read, in records or files per second", "[jobs]") {
    RunSummary rank;
    rank.count("records_read", 300);
    rank.count("ranked", 287);
    CHECK(rate_text(rank, 200ms) == ", 1500 records/s");
    CHECK(counts_text(rank) == "300 records_read, 287 ranked");
    RunSummary obblighi;
    obblighi.count("files_read", 39);
    CHECK(rate_text(obblighi, 2s) == ", 19 files/s");
    CHECK(rate_text(RunSummary{}, 2s).empty());
}

TEST_CASE("While a step runs, the line shows the files and records its command has read so far", "[jobs]") {
    gradus::app::Progress progress;
    CHECK(progress_text(progress, 1s).empty());  // nothing read yet
    progress.file_read(120000);
    CHECK(progress_text(progress, 4s) == ", 1 file read, 120000 records, 30000 records/s");
    progress.file_read(80000);
    CHECK(progress_text(progress, 8s) == ", 2 files read, 200000 records, 25000 records/s");
    CHECK(progress_text(progress, 0s) == ", 2 files read, 200000 records");
}

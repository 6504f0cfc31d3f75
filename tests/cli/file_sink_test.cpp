// AtomicFileSink: a report written piece by piece appears whole or not at all.
#include "gradus/cli/file_sink.hpp"

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

using gradus::cli::AtomicFileSink;
using gradus::cli::FileAccess;
using gradus::test::slurp;
using gradus::test::TempDir;

TEST_CASE("AtomicFileSink puts the pieces in place only on commit", "[cli][files]") {
    const TempDir tmp;
    const auto file = tmp.path() / "obblighi.csv";
    {
        AtomicFileSink sink(file);
        sink.write("codicefiscale;");
        sink.write("");
        sink.write("denominazione\r\n");
        CHECK_FALSE(std::filesystem::exists(file));
        sink.commit();
    }
    CHECK(slurp(file) == "codicefiscale;denominazione\r\n");
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "obblighi.csv.tmp"));
    const auto perms = std::filesystem::status(file).permissions();
    CHECK((perms & std::filesystem::perms::others_read) != std::filesystem::perms::none);
}

TEST_CASE("AtomicFileSink without commit leaves the old file and no temporary", "[cli][files]") {
    const TempDir tmp;
    const auto file = tmp.path() / "graduatoria.csv";
    {
        AtomicFileSink first(file, FileAccess::owner_only);
        first.write("old");
        first.commit();
    }
    CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    try {
        AtomicFileSink sink(file);
        sink.write("half of a new ");
        throw std::runtime_error("rendering failed");
    } catch (const std::runtime_error&) {
    }
    CHECK(slurp(file) == "old");
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "graduatoria.csv.tmp"));
}

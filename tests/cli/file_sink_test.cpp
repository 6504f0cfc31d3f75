// AtomicFileSink: a report written piece by piece appears whole or not at all.
#include "gradus/cli/file_sink.hpp"
#include "gradus/cli/files.hpp"

#include "run_gradus.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

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

TEST_CASE("A report's file is new and has its final mode from its creation: an old one held open sees nothing of it",
          "[cli][files]") {
    using std::filesystem::perms;
    const TempDir tmp;
    const auto file = tmp.path() / "graduatoria.csv.tmp";
    { std::ofstream(file) << "stale"; }
    std::filesystem::permissions(file, perms::owner_all | perms::group_all | perms::others_all);
    std::ifstream held(file, std::ios::binary);  // someone who opened the stale file beforehand
    REQUIRE(held);

    gradus::cli::create_file_with_mode(file, perms::owner_read | perms::owner_write);
    CHECK((std::filesystem::status(file).permissions() & perms::all) == (perms::owner_read | perms::owner_write));
    { std::ofstream(file, std::ios::app) << "RSSMRA80A01H501U;"; }
    const std::string seen{std::istreambuf_iterator<char>(held), std::istreambuf_iterator<char>()};
    CHECK(seen == "stale");
    CHECK(slurp(file) == "RSSMRA80A01H501U;");

    const auto shared = tmp.path() / "pubblica.csv.tmp";
    gradus::cli::create_file_with_mode(shared, perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
    CHECK((std::filesystem::status(shared).permissions() & perms::all) ==
          (perms::owner_read | perms::owner_write | perms::group_read | perms::others_read));
}

// Guards for the readers to come: only the hardened reader makes a Xerces parser, and every
// reader header is in the hostile corpus (formats.hpp) and has a libFuzzer target (fuzz/).

#include "../xml_test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace gradus::xml::test;

namespace {

bool any_file_includes(const std::filesystem::path& dir, const std::string& suffix, const std::string& header) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            read_bytes(entry.path()).find("#include \"gradus/xml/" + header + "\"") != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("only the hardened reader creates a Xerces parser", "[xml][hostile]") {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "src")) {
        if (!entry.is_regular_file()) continue;
        const std::string text = read_bytes(entry.path());
        const bool makes_parser = text.find("createXMLReader") != std::string::npos ||
                                  text.find("XercesDOMParser") != std::string::npos ||
                                  text.find("createLSParser") != std::string::npos ||
                                  text.find("SAXParser") != std::string::npos;
        INFO(entry.path().string());
        CHECK((!makes_parser || entry.path().filename() == "hardened_reader.cpp"));
    }
}

TEST_CASE("every reader is in the hostile corpus and has a fuzz target", "[xml][hostile]") {
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "include/gradus/xml")) {
        const std::string header = entry.path().filename().string();
        if (header.find("_reader.hpp") == std::string::npos) continue;
        INFO(header << ": add a row to tests/xml/hostile/formats.hpp and a target to fuzz/ (fuzz/README.md)");
        CHECK(read_bytes(source_dir() / "tests/xml/hostile/formats.hpp")
                  .find("#include \"gradus/xml/" + header + "\"") != std::string::npos);
        CHECK(any_file_includes(source_dir() / "fuzz", "_fuzz.cpp", header));
    }
}

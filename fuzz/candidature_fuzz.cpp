#include "fuzz_reader.hpp"
#include "gradus/xml/candidature_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        std::vector<gradus::art16::Candidatura> out;
        gradus::IssueLog issues;
        gradus::xml::read_candidature_bytes(bytes, name, schemas, out, issues);
    });
}

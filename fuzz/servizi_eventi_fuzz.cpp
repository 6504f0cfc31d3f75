#include "fuzz_reader.hpp"
#include "gradus/xml/servizi_eventi_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        std::vector<gradus::services::PersonFacts> out;
        gradus::IssueLog issues;
        gradus::xml::read_servizi_eventi(bytes, name, schemas, out, issues);
    });
}

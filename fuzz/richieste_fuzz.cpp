#include "fuzz_reader.hpp"
#include "gradus/xml/richieste_reader.hpp"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        std::vector<gradus::cm::Richiesta> requests;
        gradus::IssueLog issues;
        gradus::xml::read_richieste_bytes(bytes, name, schemas, requests, issues);
    });
}

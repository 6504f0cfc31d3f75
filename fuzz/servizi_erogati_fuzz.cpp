#include "fuzz_reader.hpp"
#include "gradus/xml/servizi_erogati_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        std::vector<gradus::services::ServiceEvent> out;
        gradus::IssueLog issues;
        gradus::xml::read_servizi_erogati(bytes, name, schemas, out, issues);
    });
}

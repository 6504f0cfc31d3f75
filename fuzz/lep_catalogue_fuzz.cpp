#include "fuzz_reader.hpp"
#include "gradus/xml/lep_catalogue_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        gradus::xml::read_lep_catalogue(bytes, name, schemas);
    });
}

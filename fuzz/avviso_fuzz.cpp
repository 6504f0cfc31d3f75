#include "fuzz_reader.hpp"
#include "gradus/xml/avviso_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        gradus::xml::read_avviso_bytes(bytes, name, schemas);
    });
}

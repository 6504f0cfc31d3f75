#include "fuzz_reader.hpp"
#include "gradus/xml/lsu_project_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return gradus::fuzz::run_reader(data, size, [](auto bytes, const auto& name, const auto& schemas) {
        gradus::lsu::Records records;
        gradus::IssueLog issues;
        gradus::xml::read_lsu_project(bytes, name, schemas, records, issues);
    });
}

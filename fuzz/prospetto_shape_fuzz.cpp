// Holds gradus's own reading of prospetti (scan_plain and ProspettoShape, no Xerces) to its
// promise (shape_promise.hpp).
#include "fuzz_reader.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "shape_promise.hpp"
#include "xml/prospetto_shape.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace gradus::xml;
    gradus::fuzz::check_shape_promise<detail::ProspettoShape>(
        std::string_view(reinterpret_cast<const char*>(data), size), gradus::fuzz::schema_dir() / unipi_schema_file,
        unipi_namespace, Limits{}, "prospetto shape check");
    return 0;
}

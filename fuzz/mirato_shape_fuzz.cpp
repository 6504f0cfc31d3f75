// Holds gradus's own reading of the collocamento mirato lists (scan_plain and MiratoShape, no
// Xerces) to its promise (shape_promise.hpp), with the limits the reader gives the scanner.
#include "fuzz_reader.hpp"
#include "gradus/xml/mirato_reader.hpp"
#include "shape_promise.hpp"
#include "xml/mirato_shape.hpp"

#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace gradus::xml;
    Limits limits;
    limits.max_text_length = std::numeric_limits<std::size_t>::max();
    gradus::fuzz::check_shape_promise<detail::MiratoShape>(
        std::string_view(reinterpret_cast<const char*>(data), size), gradus::fuzz::schema_dir() / mirato_schema_file,
        mirato_namespace, limits, "mirato shape check");
    return 0;
}

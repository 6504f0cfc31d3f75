// Holds gradus's own reading of prospetti (scan_plain and ProspettoShape, no Xerces) to its
// promise: a document it vouches for is one Xerces' validation accepts, giving the reader the same
// calls (names, attributes, text, lines and columns); what the scanner alone accepts is well
// formed. A broken promise aborts, and libFuzzer keeps the document.
#include "fuzz_reader.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "xml/plain_scanner.hpp"
#include "xml/prospetto_shape.hpp"
#include "xml/shape_check.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

namespace {

using namespace gradus::xml;

// Every call with its full position.
class Calls final : public Handler {
public:
    void start_element(std::string_view name, const std::vector<Attribute>& attributes,
                       const gradus::SourcePosition& where) override {
        std::string call = "<" + std::string(name) + " " + at(where);
        for (const Attribute& a : attributes) call += " " + a.name + "=[" + a.value + "]";
        calls.push_back(std::move(call));
    }
    void end_element(std::string_view name, std::string&& text, const gradus::SourcePosition& where) override {
        calls.push_back("</" + std::string(name) + " " + at(where) + " [" + text + "]");
    }
    void validation_error(const gradus::SourcePosition&, std::string) override { refused = true; }

    std::vector<std::string> calls;
    bool refused = false;

private:
    static std::string at(const gradus::SourcePosition& where) {
        return std::to_string(where.line) + ":" + std::to_string(where.column);
    }
};

// Xerces' calls, or nullopt when it refuses the document (validating or only checking XML).
std::optional<std::vector<std::string>> xerces(std::string_view bytes, bool validate) {
    Calls calls;
    try {
        parse_buffer(bytes, "fuzz.xml",
                     Schema{gradus::fuzz::schema_dir() / unipi_schema_file, std::string(unipi_namespace), validate},
                     calls);
    } catch (const gradus::InputError&) {
        return std::nullopt;
    }
    if (calls.refused) return std::nullopt;
    return calls.calls;
}

[[noreturn]] void broken(const char* promise) {
    std::fprintf(stderr, "prospetto shape check: %s\n", promise);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Calls plain;
    detail::ProspettoShape shape(plain);
    bool vouched = false;
    try {
        vouched = detail::scan_plain(bytes, "fuzz.xml", unipi_namespace, shape, Limits{});
    } catch (const detail::OutsideShape&) {
    }
    if (vouched && xerces(bytes, true) != plain.calls) {
        broken("vouched for a document Xerces' validation refuses or reads otherwise");
    }
    Calls scanned;
    if (detail::scan_plain(bytes, "fuzz.xml", unipi_namespace, scanned, Limits{}) && !xerces(bytes, false)) {
        broken("scanned a document that is not well formed");
    }
    return 0;
}

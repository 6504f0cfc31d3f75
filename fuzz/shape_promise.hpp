#pragma once
// The promise of gradus's own first reading of a document (scan_plain and a schema check, no
// Xerces), for the fuzz targets that hold a schema check to it: a document it vouches for is one
// Xerces' validation accepts, giving the reader the same calls (names, attributes, text, lines and
// columns); what the scanner alone accepts is well formed. A broken promise aborts, and libFuzzer
// keeps the document.
#include "gradus/xml/sax_parser.hpp"
#include "xml/plain_scanner.hpp"
#include "xml/shape_check.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::fuzz {

// Every call with its full position.
class Calls final : public xml::Handler {
public:
    void start_element(std::string_view name, const std::vector<xml::Attribute>& attributes,
                       const SourcePosition& where) override {
        std::string call = "<" + std::string(name) + " " + at(where);
        for (const xml::Attribute& a : attributes) call += " " + a.name + "=[" + a.value + "]";
        calls.push_back(std::move(call));
    }
    void end_element(std::string_view name, std::string&& text, const SourcePosition& where) override {
        calls.push_back("</" + std::string(name) + " " + at(where) + " [" + text + "]");
    }
    void validation_error(const SourcePosition&, std::string) override { refused = true; }

    std::vector<std::string> calls;
    bool refused = false;

private:
    static std::string at(const SourcePosition& where) {
        return std::to_string(where.line) + ":" + std::to_string(where.column);
    }
};

// Holds `Shape` (ProspettoShape, MiratoShape) to the promise on `bytes`, read with `limits`.
template <typename Shape>
void check_shape_promise(std::string_view bytes, const std::filesystem::path& xsd, std::string_view target_namespace,
                         const xml::Limits& limits, const char* what) {
    const auto xerces = [&](bool validate) -> std::optional<std::vector<std::string>> {
        Calls calls;
        try {
            xml::parse_buffer(bytes, "fuzz.xml", xml::Schema{xsd, std::string(target_namespace), validate}, calls);
        } catch (const InputError&) {
            return std::nullopt;
        }
        if (calls.refused) return std::nullopt;
        return calls.calls;
    };
    const auto broken = [&](const char* promise) {
        std::fprintf(stderr, "%s: %s\n", what, promise);
        std::abort();
    };
    Calls plain;
    Shape shape(plain);
    bool vouched = false;
    try {
        vouched = xml::detail::scan_plain(bytes, "fuzz.xml", target_namespace, shape, limits);
    } catch (const xml::detail::OutsideShape&) {
    }
    if (vouched && xerces(true) != plain.calls) {
        broken("vouched for a document Xerces' validation refuses or reads otherwise");
    }
    Calls scanned;
    if (xml::detail::scan_plain(bytes, "fuzz.xml", target_namespace, scanned, limits) && !xerces(false)) {
        broken("scanned a document that is not well formed");
    }
}

}  // namespace gradus::fuzz

#pragma once

#include "gradus/xml/sax_parser.hpp"

#include <filesystem>
#include <string_view>

namespace gradus::xml::detail {

// Thrown when a document leaves what one of gradus's own schema checks (CandidatureShape,
// ProspettoShape) can vouch for: the reader then validates it with Xerces.
struct OutsideShape {
    std::string_view why;
};

// Whether `xsd` is, byte for byte, the schema whose SHA-256 is `sha256`: a shape check answers
// only for the schema it was written for. Each file is hashed once per modification time and size.
bool shape_fits(const std::filesystem::path& xsd, std::string_view sha256);

// The same for a schema a batch checked when it started: no `stat` per document, the file is
// hashed once per modification time the batch saw.
bool shape_fits(const CheckedSchema& schema, std::string_view sha256);

}  // namespace gradus::xml::detail

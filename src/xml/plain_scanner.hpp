#pragma once

#include "gradus/xml/sax_parser.hpp"

#include <string>
#include <string_view>

namespace gradus::xml::detail {

// Reads a document written in a plain subset of XML 1.0, without Xerces, and gives `handler` the
// calls of a parse: each element's local name, its attributes (the namespace declaration left
// out), its text whole, as written, with the five predefined entities replaced, and the position
// just after its start and its end tag (line, and column in UTF-16 units, as Xerces counts them).
//
// The subset: UTF-8 without a byte order mark; at most an XML declaration of version 1.0 (encoding
// UTF-8, standalone); comments; elements and attributes named in ASCII without a prefix; the root
// declaring `target_namespace` as the default namespace, and no other element declaring one;
// line ends LF, CR LF or CR (each read as LF); attribute values without tab or line end; no
// character reference, CDATA section, processing instruction or DOCTYPE; no C0 or C1 control
// character, no U+2028 (whose column Xerces counts in some places and not in others); `limits` kept.
//
// False at the first thing outside the subset, well formed or not: the handler may have seen part
// of the document, and the caller reads it with Xerces instead, which alone reports problems.
// What the handler throws passes through.
bool scan_plain(std::string_view bytes, const std::string& file, std::string_view target_namespace, Handler& handler,
                const Limits& limits);

}  // namespace gradus::xml::detail

#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// Text safe inside HTML element content and double- or single-quoted attribute values:
// & < > " ' become character references.
std::string escape_html(std::string_view text);

// The same, appended to `out`; text with nothing to escape is appended in one piece.
void append_escaped_html(std::string& out, std::string_view text);

}  // namespace gradus::report

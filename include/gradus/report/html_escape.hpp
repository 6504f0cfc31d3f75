#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// Text safe inside HTML element content and double- or single-quoted attribute values:
// & < > " ' become character references.
std::string escape_html(std::string_view text);
bool needs_html_escape(std::string_view text);  // escape_html() would change it

}  // namespace gradus::report

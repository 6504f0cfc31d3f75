#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// Text safe as XML 1.0 character data and as a quoted attribute value: & < > " ' become entity
// references; tab, LF and CR become character references so that attribute-value and line-end
// normalisation keep them; other C0 control characters, which XML 1.0 cannot carry at all,
// become U+FFFD.
std::string escape_xml(std::string_view text);

// The same, appended to `out`; text with nothing to escape is appended in one piece.
void append_escaped_xml(std::string& out, std::string_view text);

}  // namespace gradus::report

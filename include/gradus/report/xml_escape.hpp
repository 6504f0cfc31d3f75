#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// Text safe as XML 1.0 character data and as a quoted attribute value: & < > " ' become entity
// references; tab, LF and CR become character references so that attribute-value and line-end
// normalisation keep them; other C0 control characters, which XML 1.0 cannot carry at all,
// become U+FFFD.
std::string escape_xml(std::string_view text);
bool needs_xml_escape(std::string_view text);  // escape_xml() would change it

}  // namespace gradus::report

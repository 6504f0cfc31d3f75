#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// A complete, self-contained Italian HTML page: inline CSS laid out for A4 landscape printing,
// no script, nothing loaded from elsewhere. `title` is plain text; `body` is HTML already escaped.
std::string html_page(std::string_view title, std::string_view body);

// The same page in pieces, for a body written out as it is produced: head, body, tail.
std::string html_page_head(std::string_view title);
std::string_view html_page_tail();

}  // namespace gradus::report

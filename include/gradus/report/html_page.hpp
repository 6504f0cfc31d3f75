#pragma once

#include <string>
#include <string_view>

namespace gradus::report {

// A complete, self-contained Italian HTML page: inline CSS laid out for A4 landscape printing,
// no script, nothing loaded from elsewhere. `title` is plain text; `body` is HTML already escaped.
std::string html_page(std::string_view title, std::string_view body);

}  // namespace gradus::report

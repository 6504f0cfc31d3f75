#include "gradus/report/html_page.hpp"

#include "gradus/report/html_escape.hpp"

namespace gradus::report {

namespace {
constexpr std::string_view style = R"(@page { size: A4 landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; background: #fff; margin: 1.5em; }
h1 { font-size: 15pt; margin: 0 0 0.4em 0; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em 0; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; margin: 0; }
dl.summary dt { font-weight: bold; }
dl.summary dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: 2px 4px; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
p.note { font-style: italic; }
@media print {
  body { font-size: 8pt; margin: 0; }
  th { background: none; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
)";
}  // namespace

std::string html_page(std::string_view title, std::string_view body) {
    std::string page = html_page_head(title);
    page += body;
    page += html_page_tail();
    return page;
}

std::string html_page_head(std::string_view title) {
    std::string page = "<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
    page += escape_html(title);
    page += "</title>\n<style>\n";
    page += style;
    page += "</style>\n</head>\n<body>\n";
    return page;
}

std::string_view html_page_tail() { return "</body>\n</html>\n"; }

}  // namespace gradus::report

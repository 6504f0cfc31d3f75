#include "gradus/report/html_table.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/report/html_escape.hpp"

namespace gradus::report {

namespace {
std::string cell_open(std::string_view tag, bool numeric) {
    return numeric ? "<" + std::string(tag) + " class=\"num\">" : "<" + std::string(tag) + ">";
}
}  // namespace

HtmlTable::HtmlTable(std::vector<HtmlColumn> columns) : m_columns(std::move(columns)) {}

void HtmlTable::add_row(const std::vector<std::string>& cells) {
    if (cells.size() != m_columns.size()) {
        throw InternalError("HtmlTable: " + std::to_string(cells.size()) + " cells for " +
                            std::to_string(m_columns.size()) + " columns");
    }
    m_rows.push_back(cells);
}

std::string HtmlTable::html() const {
    std::string out = "<table>\n<thead><tr>";
    for (const HtmlColumn& column : m_columns) {
        out += cell_open("th", column.numeric) + escape_html(column.label) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : m_rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += cell_open("td", m_columns[i].numeric) + escape_html(row[i]) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    return out;
}

}  // namespace gradus::report

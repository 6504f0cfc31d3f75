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
    check(cells);
    m_rows.push_back(cells);
}

std::string HtmlTable::html() const {
    std::string out = head();
    for (const auto& cells : m_rows) out += row(cells);
    out += tail();
    return out;
}

std::string HtmlTable::head() const {
    std::string out = "<table>\n<thead><tr>";
    for (const HtmlColumn& column : m_columns) {
        out += cell_open("th", column.numeric) + escape_html(column.label) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    return out;
}

std::string HtmlTable::row(const std::vector<std::string>& cells) const {
    check(cells);
    std::string out = "<tr>";
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out += m_columns[i].numeric ? "<td class=\"num\">" : "<td>";
        if (needs_html_escape(cells[i])) {
            out += escape_html(cells[i]);
        } else {
            out += cells[i];
        }
        out += "</td>";
    }
    out += "</tr>\n";
    return out;
}

std::string_view HtmlTable::tail() { return "</tbody>\n</table>\n"; }

void HtmlTable::check(const std::vector<std::string>& cells) const {
    if (cells.size() != m_columns.size()) {
        throw InternalError("HtmlTable: " + std::to_string(cells.size()) + " cells for " +
                            std::to_string(m_columns.size()) + " columns");
    }
}

}  // namespace gradus::report

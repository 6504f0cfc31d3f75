#include "gradus/report/html_table.hpp"

#include "gradus/core/errors.hpp"
#include "gradus/report/html_escape.hpp"

#include <charconv>

namespace gradus::report {

namespace {

std::string_view cell_open(bool header, bool numeric) {
    if (header) {
        return numeric ? "<th class=\"num\">" : "<th>";
    }
    return numeric ? "<td class=\"num\">" : "<td>";
}

std::string wrong_count(std::size_t cells, std::size_t columns) {
    return "HtmlTable: " + std::to_string(cells) + " cells for " + std::to_string(columns) + " columns";
}

}  // namespace

HtmlTable::HtmlTable(std::vector<HtmlColumn> columns) : m_columns(std::move(columns)) {}

void HtmlTable::add_row(const std::vector<std::string>& cells) {
    check(cells);
    m_rows.push_back(cells);
}

void HtmlTable::check(const std::vector<std::string>& cells) const {
    if (cells.size() != m_columns.size()) {
        throw InternalError(wrong_count(cells.size(), m_columns.size()));
    }
}

std::string HtmlTable::head() const { return html_table_head(m_columns); }

std::string HtmlTable::row(const std::vector<std::string>& cells) const {
    check(cells);
    std::string out;
    HtmlRowWriter writer(out, m_columns);
    for (const std::string& cell : cells) writer.cell(cell);
    writer.end();
    return out;
}

std::string_view HtmlTable::tail() { return html_table_tail; }

std::string HtmlTable::html() const {
    std::string out = html_table_head(m_columns);
    for (const auto& row : m_rows) {
        HtmlRowWriter writer(out, m_columns);
        for (const std::string& cell : row) {
            writer.cell(cell);
        }
        writer.end();
    }
    out += html_table_tail;
    return out;
}

std::string html_table_head(const std::vector<HtmlColumn>& columns) {
    std::string out = "<table>\n<thead><tr>";
    for (const HtmlColumn& column : columns) {
        out += cell_open(true, column.numeric);
        append_escaped_html(out, column.label);
        out += "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    return out;
}

HtmlRowWriter::HtmlRowWriter(std::string& out, const std::vector<HtmlColumn>& columns)
    : m_out(out), m_columns(columns) {
    m_out += "<tr>";
}

HtmlRowWriter& HtmlRowWriter::cell(std::string_view text) {
    if (m_cells == m_columns.size()) {
        throw InternalError(wrong_count(m_cells + 1, m_columns.size()));
    }
    m_out += cell_open(false, m_columns[m_cells].numeric);
    append_escaped_html(m_out, text);
    m_out += "</td>";
    ++m_cells;
    return *this;
}

HtmlRowWriter& HtmlRowWriter::cell(long long number) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    return cell(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void HtmlRowWriter::end() {
    if (m_cells != m_columns.size()) {
        throw InternalError(wrong_count(m_cells, m_columns.size()));
    }
    m_out += "</tr>\n";
}

}  // namespace gradus::report

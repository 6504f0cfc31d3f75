#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gradus::report {

struct HtmlColumn {
    std::string label;
    bool numeric = false;  // right-aligned
};

// A table of plain-text cells with a header row repeated on every printed page.
class HtmlTable {
public:
    explicit HtmlTable(std::vector<HtmlColumn> columns);

    // One cell per column, as plain text (escaped here); throws InternalError on a wrong count.
    void add_row(const std::vector<std::string>& cells);

    bool empty() const { return m_rows.empty(); }
    std::string html() const;

    // The same markup in pieces, for a table written out row by row rather than held: head(),
    // row() for each row (checked like add_row), then tail().
    std::string head() const;
    std::string row(const std::vector<std::string>& cells) const;
    static std::string_view tail();

private:
    void check(const std::vector<std::string>& cells) const;

    std::vector<HtmlColumn> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

// The same table written in pieces, for lists too long to hold: the head (up to the opening of
// the body), the rows appended by HtmlRowWriter, then html_table_tail.
std::string html_table_head(const std::vector<HtmlColumn>& columns);
inline constexpr std::string_view html_table_tail = "</tbody>\n</table>\n";

// One row appended to `out` cell by cell, the text escaped here.
class HtmlRowWriter {
public:
    HtmlRowWriter(std::string& out, const std::vector<HtmlColumn>& columns);  // opens the row

    HtmlRowWriter& cell(std::string_view text);
    HtmlRowWriter& cell(long long number);
    // Closes the row; throws InternalError unless it has one cell per column.
    void end();

private:
    std::string& m_out;
    const std::vector<HtmlColumn>& m_columns;
    std::size_t m_cells = 0;
};

}  // namespace gradus::report

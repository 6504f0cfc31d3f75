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

}  // namespace gradus::report

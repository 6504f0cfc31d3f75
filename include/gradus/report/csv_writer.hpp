#pragma once

#include "gradus/core/byte_sink.hpp"
#include "gradus/core/decimal.hpp"

#include <string>
#include <string_view>

namespace gradus::report {

// Builds a CSV file the way Italian spreadsheets open it without an import dialog: UTF-8 with a
// byte order mark, ';' between cells, CRLF after each row, decimal comma. Cells are appended
// left to right and each row is closed with end_row().
class CsvWriter {
public:
    CsvWriter();                        // a whole file in its own buffer, starting with the BOM
    explicit CsvWriter(std::string& out);  // rows appended to `out`: a block of a streamed file, no BOM
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    CsvWriter& text(std::string_view value);      // guarded against formulas, then quoted
    CsvWriter& number(const Decimal& value);      // "12,5": no grouping, never guarded
    CsvWriter& integer(long long value);
    CsvWriter& empty();
    void end_row();

    const std::string& bytes() const { return *m_out; }
    // Hands the bytes written so far to `sink` and forgets them, so a long file goes out in pieces.
    void flush_to(ByteSink& sink);

private:
    void separate();

    std::string m_own;
    std::string* m_out;
    bool m_row_started = false;
};

}  // namespace gradus::report

#include "gradus/report/csv_writer.hpp"

#include "gradus/report/csv_field.hpp"

#include <charconv>

namespace gradus::report {

namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
}  // namespace

CsvWriter::CsvWriter() : m_own(utf8_bom), m_out(&m_own) {}

CsvWriter::CsvWriter(std::string& out) : m_out(&out) {}

CsvWriter& CsvWriter::text(std::string_view value) {
    separate();
    append_csv_text(*m_out, value);
    return *this;
}

CsvWriter& CsvWriter::number(const Decimal& value) {
    separate();
    *m_out += value.to_italian(false);
    return *this;
}

CsvWriter& CsvWriter::integer(long long value) {
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_out->append(digits, end);
    return *this;
}

CsvWriter& CsvWriter::empty() {
    separate();
    return *this;
}

void CsvWriter::end_row() {
    *m_out += "\r\n";
    m_row_started = false;
}

void CsvWriter::separate() {
    if (m_row_started) {
        m_out->push_back(';');
    }
    m_row_started = true;
}

void CsvWriter::flush_to(ByteSink& sink) {
    sink.write(*m_out);
    m_out->clear();
}

}  // namespace gradus::report

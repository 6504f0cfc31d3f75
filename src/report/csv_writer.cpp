#include "gradus/report/csv_writer.hpp"

#include "gradus/report/csv_field.hpp"

namespace gradus::report {

namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
}  // namespace

CsvWriter::CsvWriter() : m_bytes(utf8_bom) {}

CsvWriter& CsvWriter::text(std::string_view value) {
    separate();
    if (needs_formula_guard(value) || needs_csv_quotes(value)) {
        m_bytes += quote_csv_field(guard_formula(value));
    } else {
        m_bytes += value;  // most cells: as they are, without a copy
    }
    return *this;
}

CsvWriter& CsvWriter::number(const Decimal& value) {
    separate();
    m_bytes += value.to_italian(false);
    return *this;
}

CsvWriter& CsvWriter::integer(long long value) {
    separate();
    m_bytes += std::to_string(value);
    return *this;
}

CsvWriter& CsvWriter::empty() {
    separate();
    return *this;
}

void CsvWriter::end_row() {
    m_bytes += "\r\n";
    m_row_started = false;
}

void CsvWriter::flush_to(ByteSink& sink) {
    sink.write(m_bytes);
    m_bytes.clear();
}

void CsvWriter::separate() {
    if (m_row_started) {
        m_bytes.push_back(';');
    }
    m_row_started = true;
}

}  // namespace gradus::report

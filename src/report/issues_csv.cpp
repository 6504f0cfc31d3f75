#include "gradus/report/issues_csv.hpp"

#include "gradus/report/csv_writer.hpp"

namespace gradus::report {

std::string issues_csv(const IssueLog& issues) {
    CsvWriter csv;
    for (const char* h : {"file", "riga", "colonna", "record", "campo", "regola", "messaggio"}) csv.text(h);
    csv.end_row();
    for (const auto& i : issues.issues()) {
        csv.text(i.where.file.str()).integer(static_cast<long long>(i.where.line));
        csv.integer(static_cast<long long>(i.where.column)).text(i.record).text(i.field).text(i.rule).text(i.message);
        csv.end_row();
    }
    return csv.bytes();
}

}  // namespace gradus::report

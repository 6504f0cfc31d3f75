#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace gradus::store {

// One value of a row: NULL, an integer or text (UTF-8 without NUL bytes).
using Cell = std::variant<std::monostate, std::int64_t, std::string>;

class RunTransaction;

// Streams many rows into one table inside a run's transaction: a prepared INSERT on SQLite,
// COPY on PostgreSQL. Obtained from RunTransaction::bulk_writer(); until it finishes nothing
// else may use the store. Errors surface at add_row() or only at finish() (PostgreSQL checks
// the rows of a COPY when it ends). After an error, or when destroyed unfinished, the rows are
// dropped and the run can only fail. Must not outlive its RunTransaction.
class BulkWriter {
public:
    BulkWriter(BulkWriter&& other) noexcept;
    BulkWriter& operator=(BulkWriter&&) = delete;
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;
    ~BulkWriter();

    void add_row(const std::vector<Cell>& row);  // one cell per column, in the columns' order
    void finish();

private:
    friend class RunTransaction;
    BulkWriter(RunTransaction& run, std::uint64_t id);

    RunTransaction* m_run;  // null once moved from
    std::uint64_t m_id;     // which of the run's writers this is
};

}  // namespace gradus::store

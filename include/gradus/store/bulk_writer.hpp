#pragma once

#include "gradus/core/sha256.hpp"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace gradus::store {

// One value of a row: NULL, an integer or text (UTF-8 without NUL bytes).
using Cell = std::variant<std::monostate, std::int64_t, std::string>;

class RunTransaction;

// Rows checked and digested ahead of their insert (BulkWriter::prepare), to be added in order.
struct PreparedRows {
    std::vector<std::vector<Cell>> rows;
    std::vector<Sha256Digest> digests;  // one per row, for the run's chain
    std::uint64_t writer = 0;           // which writer prepared them
};

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
    // Checks rows and computes their digests without touching the store: many threads may prepare
    // blocks at once, while one thread adds the prepared blocks in order (add_row must not run then).
    // A national graduatoria's rows are built and digested on every core, inserted on one.
    PreparedRows prepare(std::vector<std::vector<Cell>> rows) const;
    void add(PreparedRows&& rows);  // inserts them in their order, as add_row would one by one
    void finish();

private:
    friend class RunTransaction;
    BulkWriter(RunTransaction& run, std::uint64_t id);

    RunTransaction* m_run;  // null once moved from
    std::uint64_t m_id;     // which of the run's writers this is
};

}  // namespace gradus::store

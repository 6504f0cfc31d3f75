#include <gradus/store/bulk_writer.hpp>

#include <gradus/core/errors.hpp>
#include <gradus/core/sha256.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/run_chain.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>

#include <algorithm>
#include <cctype>
#include <optional>

namespace gradus::store {
namespace {

// Names are spliced into the statement text, so only plain identifiers are accepted.
void check_identifier(std::string_view name) {
    const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())) ||
        !std::all_of(name.begin(), name.end(), is_word)) {
        throw InternalError("'" + std::string(name) + "' is not a plain SQL identifier");
    }
}

void check_cells(const std::vector<Cell>& row, std::size_t column_count) {
    if (row.size() != column_count) {
        throw InternalError("a bulk row has " + std::to_string(row.size()) + " cells for " +
                            std::to_string(column_count) + " columns");
    }
    for (const Cell& cell : row) {
        const auto* text = std::get_if<std::string>(&cell);
        if (text != nullptr && text->find('\0') != std::string::npos) {
            throw Error("a bulk text cell contains a NUL byte");
        }
    }
}

// The result tables keep no foreign key to runs (migration 9): a row's run_id is its own run's,
// whose row was committed before the run's transaction began and is never deleted.
void check_run_id(const std::vector<Cell>& row, std::optional<std::size_t> column, std::int64_t run_id) {
    if (!column) return;
    const auto* id = std::get_if<std::int64_t>(&row[*column]);
    if (id == nullptr || *id != run_id) {
        throw InternalError("a bulk row's run_id is not its run's id " + std::to_string(run_id));
    }
}

}  // namespace

BulkWriter::BulkWriter(RunTransaction& run, std::uint64_t id) : m_run(&run), m_id(id) {}

BulkWriter::BulkWriter(BulkWriter&& other) noexcept : m_run(other.m_run), m_id(other.m_id) {
    other.m_run = nullptr;
}

BulkWriter::~BulkWriter() {
    if (m_run != nullptr) m_run->abandon_writer(m_id, "bulk");
}

void BulkWriter::add_row(const std::vector<Cell>& row) {
    if (m_run == nullptr) throw InternalError("add_row() on a moved-from bulk writer");
    m_run->write_row(m_id, row);
}

PreparedRows BulkWriter::prepare(std::vector<std::vector<Cell>> rows) const {
    if (m_run == nullptr) throw InternalError("prepare() on a moved-from bulk writer");
    return m_run->prepare_rows(m_id, std::move(rows));
}

void BulkWriter::add(PreparedRows&& rows) {
    if (m_run == nullptr) throw InternalError("add() on a moved-from bulk writer");
    m_run->write_prepared(m_id, std::move(rows));
}

void BulkWriter::finish() {
    if (m_run == nullptr) throw InternalError("finish() on a moved-from bulk writer");
    m_run->finish_writer(m_id);
}

BulkWriter RunTransaction::bulk_writer(std::string_view table, const std::vector<std::string>& columns) {
    ensure_open(0);
    guarded("cannot start a bulk write", [&] {
        check_identifier(table);
        if (columns.empty()) throw InternalError("a bulk write needs at least one column");
        std::for_each(columns.begin(), columns.end(), check_identifier);
        m_sink = m_store.m_dialect->open_bulk_sink(*m_store.m_session, std::string(table), columns);
    });
    m_sink_columns = columns.size();
    const auto run_id = std::find(columns.begin(), columns.end(), "run_id");
    m_sink_run_id_column = run_id == columns.end() ? std::nullopt
                                                   : std::optional<std::size_t>(run_id - columns.begin());
    m_row_digester.emplace(table, columns);
    std::string described = std::string(table) + ":";
    for (std::size_t i = 0; i < columns.size(); ++i) described += (i ? "," : "") + columns[i];
    m_row_tables.insert(described);
    m_open_writer = ++m_writers_opened;
    return BulkWriter(*this, m_open_writer);
}

void RunTransaction::write_row(std::uint64_t writer, const std::vector<Cell>& row) {
    ensure_open(writer);
    guarded("cannot write a bulk row", [&] {
        check_cells(row, m_sink_columns);
        check_run_id(row, m_sink_run_id_column, m_run_id);
        m_sink->add_row(row);
        m_row_digests.push_back(m_row_digester->digest(m_row_hash, row));
    });
}

// Reads only what the open writer fixed when it began (add_row, which uses the run's digester, does
// not run meanwhile); the run's state is checked when the rows are added.
PreparedRows RunTransaction::prepare_rows(std::uint64_t writer, std::vector<std::vector<Cell>> rows) const {
    PreparedRows prepared{std::move(rows), {}, writer};
    RowDigester digester = *m_row_digester;
    Sha256 hash;
    prepared.digests.reserve(prepared.rows.size());
    for (const auto& row : prepared.rows) {
        check_cells(row, m_sink_columns);
        check_run_id(row, m_sink_run_id_column, m_run_id);
        prepared.digests.push_back(digester.digest(hash, row));
    }
    return prepared;
}

void RunTransaction::write_prepared(std::uint64_t writer, PreparedRows&& rows) {
    ensure_open(writer);
    guarded("cannot write a bulk row", [&] {
        if (rows.writer != writer || rows.digests.size() != rows.rows.size()) {
            throw InternalError("bulk rows prepared by another writer");
        }
        for (const auto& row : rows.rows) m_sink->add_row(row);
        m_row_digests.insert(m_row_digests.end(), rows.digests.begin(), rows.digests.end());
    });
}

void RunTransaction::finish_writer(std::uint64_t writer) {
    ensure_open(writer);
    guarded("cannot finish a bulk write", [&] { m_sink->finish(); });
    m_sink.reset();
    m_open_writer = 0;
}

void RunTransaction::abandon_writer(std::uint64_t writer, std::string_view kind) noexcept {
    if (writer != m_open_writer) return;
    if (m_state == State::open && m_first_error.empty()) {
        m_first_error = unwinding() ? "interrupted by an exception during a " + std::string(kind) + " write"
                                    : "a " + std::string(kind) + " writer was abandoned before finish()";
    }
    m_sink.reset();
    m_open_writer = 0;
}

}  // namespace gradus::store

#include <gradus/store/sqlite_native.hpp>

#include <type_traits>

namespace gradus::store {
namespace {

std::string insert_statement(const std::string& table, const std::vector<std::string>& columns) {
    std::string names;
    std::string placeholders;
    for (const std::string& column : columns) {
        if (!names.empty()) {
            names += ", ";
            placeholders += ", ";
        }
        names += column;
        placeholders += '?';
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ")";
}

// One prepared INSERT, bound and stepped per row: inside the run's transaction this is as fast
// as SQLite inserts get.
class SqliteBulkSink final : public BulkSink {
public:
    SqliteBulkSink(sqlite_api::sqlite3* db, const std::string& table, const std::vector<std::string>& columns)
        : m_insert(db, insert_statement(table, columns)) {}

    void add_row(const std::vector<Cell>& row) override {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const int index = static_cast<int>(i + 1);
            std::visit(
                [&](const auto& value) {
                    using Value = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<Value, std::monostate>) {
                        m_insert.bind_null(index);
                    } else if constexpr (std::is_same_v<Value, std::int64_t>) {
                        m_insert.bind_int64(index, value);
                    } else {
                        m_insert.bind_text(index, value);
                    }
                },
                row[i]);
        }
        m_insert.step();
        m_insert.reset();
    }

    void finish() override {}

private:
    SqliteStatement m_insert;
};

}  // namespace

std::unique_ptr<BulkSink> open_sqlite_bulk_sink(sqlite_api::sqlite3* db, const std::string& table,
                                                const std::vector<std::string>& columns) {
    return std::make_unique<SqliteBulkSink>(db, table, columns);
}

}  // namespace gradus::store

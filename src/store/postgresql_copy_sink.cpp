#include <gradus/core/errors.hpp>
#include <gradus/store/postgresql_native.hpp>

#include <charconv>
#include <type_traits>

namespace gradus::store {
namespace {

// Rows are sent when this much COPY text has accumulated.
constexpr std::size_t chunk_size = 64 * 1024;

std::string copy_statement(const std::string& table, const std::vector<std::string>& columns) {
    std::string names;
    for (const std::string& column : columns) {
        if (!names.empty()) names += ", ";
        names += column;
    }
    return "COPY " + table + " (" + names + ") FROM STDIN";
}

// COPY text format: tab between fields, newline after a row, \N for NULL, and a backslash
// escape for the characters that would otherwise end a field or a row.
void append_text_field(std::string& out, const std::string& text) {
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
}

void append_integer_field(std::string& out, std::int64_t value) {
    char digits[24];
    out.append(digits, std::to_chars(std::begin(digits), std::end(digits), value).ptr);
}

// COPY ... FROM STDIN on the session's connection. The server checks the rows as they come
// but reports a problem only when the copy ends, so finish() is where errors surface.
class PostgresqlCopySink final : public BulkSink {
public:
    PostgresqlCopySink(PGconn* connection, const std::string& table, const std::vector<std::string>& columns)
        : m_connection(connection) {
        const PgResult result(PQexec(m_connection, copy_statement(table, columns).c_str()));
        if (PQresultStatus(result.get()) != PGRES_COPY_IN) {
            throw Error("postgresql: cannot start COPY into " + table + ": " +
                        postgresql_error(result.get(), m_connection));
        }
        m_copying = true;
        m_buffer.reserve(chunk_size + chunk_size / 8);
    }

    ~PostgresqlCopySink() override {
        if (m_copying) {
            PQputCopyEnd(m_connection, "the bulk writer was abandoned");
            drain_results();
        }
    }

    void add_row(const std::vector<Cell>& row) override {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) m_buffer += '\t';
            std::visit(
                [&](const auto& value) {
                    using Value = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<Value, std::monostate>) {
                        m_buffer += "\\N";
                    } else if constexpr (std::is_same_v<Value, std::int64_t>) {
                        append_integer_field(m_buffer, value);
                    } else {
                        append_text_field(m_buffer, value);
                    }
                },
                row[i]);
        }
        m_buffer += '\n';
        if (m_buffer.size() >= chunk_size) send_buffer();
    }

    void finish() override {
        send_buffer();
        m_copying = false;
        if (PQputCopyEnd(m_connection, nullptr) != 1) {
            throw Error("postgresql: cannot end COPY: " + postgresql_error(nullptr, m_connection));
        }
        const std::string error = drain_results();
        if (!error.empty()) throw Error("postgresql: COPY failed: " + error);
    }

private:
    void send_buffer() {
        if (m_buffer.empty()) return;
        if (PQputCopyData(m_connection, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1) {
            throw Error("postgresql: cannot send COPY data: " + postgresql_error(nullptr, m_connection));
        }
        m_buffer.clear();
    }

    // Reads every pending result, as libpq requires; returns the first error, if any. A
    // connection still in COPY mode (the end could not be sent) has nothing more to give.
    std::string drain_results() {
        std::string first_error;
        while (PGresult* raw = PQgetResult(m_connection)) {
            const PgResult result(raw);
            const ExecStatusType status = PQresultStatus(raw);
            if (status != PGRES_COMMAND_OK && first_error.empty()) {
                first_error = postgresql_error(raw, m_connection);
            }
            if (status == PGRES_COPY_IN) break;
        }
        return first_error;
    }

    PGconn* m_connection;
    std::string m_buffer;
    bool m_copying = false;
};

}  // namespace

std::unique_ptr<BulkSink> open_postgresql_copy_sink(PGconn* connection, const std::string& table,
                                                    const std::vector<std::string>& columns) {
    return std::make_unique<PostgresqlCopySink>(connection, table, columns);
}

}  // namespace gradus::store

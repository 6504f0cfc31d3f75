#include <gradus/store/run_chain.hpp>

#include <gradus/core/sha256.hpp>

#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <numeric>

namespace gradus::store {
namespace {

// Appends the runs of ordinary characters whole, and each \\, tab, LF and CR escaped.
void append_escaped(std::string& out, std::string_view text) {
    std::size_t from = 0;
    for (std::size_t at = text.find_first_of("\\\t\n\r"); at != std::string_view::npos;
         at = text.find_first_of("\\\t\n\r", from)) {
        out.append(text, from, at - from);
        switch (text[at]) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            default: out += "\\r";
        }
        from = at + 1;
    }
    out.append(text, from);
}

void append_cell(std::string& out, const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) {
        out += 'n';
    } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        char digits[24];
        out += 'i';
        out.append(digits, std::to_chars(std::begin(digits), std::end(digits), *i).ptr);
    } else {
        out += 's';
        append_escaped(out, std::get<std::string>(cell));
    }
}

}  // namespace

RowDigester::RowDigester(std::string_view table, const std::vector<std::string>& columns)
    : m_table(table), m_order(columns.size()) {
    std::iota(m_order.begin(), m_order.end(), std::size_t{0});
    std::sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) { return columns[a] < columns[b]; });
    for (const std::size_t i : m_order) m_labels.push_back("\t" + columns[i] + "=");
}

std::string_view RowDigester::line(const std::vector<Cell>& row) {
    m_line.assign(m_table);
    for (std::size_t k = 0; k < m_order.size(); ++k) {
        m_line += m_labels[k];
        append_cell(m_line, row.at(m_order[k]));
    }
    return m_line;
}

Sha256Digest RowDigester::digest(Sha256& hash, const std::vector<Cell>& row) {
    hash.update(line(row));
    return hash.digest();
}

std::string row_digest_line(std::string_view table, const std::vector<std::string>& columns,
                            const std::vector<Cell>& row) {
    return std::string(RowDigester(table, columns).line(row));
}

// Raw digests sort in the order of their hex spellings, so sorting them first gives the text
// that was hashed when the digests were kept in hex.
std::string rows_hash(std::vector<Sha256Digest> row_digests) {
    tbb::parallel_sort(row_digests.begin(), row_digests.end());  // digests: a total order, any thread count
    Sha256 hash;
    std::string lines;
    lines.reserve(65 * 1024);
    for (const auto& d : row_digests) {
        lines += to_hex(d);
        lines += '\n';
        if (lines.size() >= 64 * 1024) {
            hash.update(lines);
            lines.clear();
        }
    }
    hash.update(lines);
    return hash.hex_digest();
}

std::string manifest_text(const RunRecord& run, std::int64_t sequence, std::string_view previous_manifest,
                          std::string_view rows_hash, std::string_view row_tables) {
    std::string text = "gradus-run-manifest-1\n";
    text += "sequence=" + std::to_string(sequence) + "\n";
    text += "previous=" + std::string(previous_manifest) + "\n";
    text += "run=" + std::to_string(run.id) + "\n";
    text += "kind=" + run.kind + "\n";
    text += "engine_version=" + run.engine_version + "\n";
    text += "reference_date=" + run.reference_date.to_iso() + "\n";
    text += "parent_run=" + (run.parent_run ? std::to_string(*run.parent_run) : std::string("-")) + "\n";
    text += "options_sha256=" + sha256_hex(run.options) + "\n";
    text += "started_at=" + run.started_at + "\n";
    text += "finished_at=" + run.finished_at.value_or("") + "\n";
    text += "inputs_hash=" + run.inputs_hash.value_or("") + "\n";
    text += "outputs_hash=" + run.outputs_hash.value_or("") + "\n";
    text += "rows_hash=" + std::string(rows_hash) + "\n";
    text += "row_tables=" + std::string(row_tables) + "\n";
    return text;
}

}  // namespace gradus::store

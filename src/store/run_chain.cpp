#include <gradus/store/run_chain.hpp>

#include <gradus/core/sha256.hpp>

#include <algorithm>
#include <numeric>

namespace gradus::store {
namespace {

std::string escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

std::string cell_text(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return "n";
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return "i" + std::to_string(*i);
    return "s" + escaped(std::get<std::string>(cell));
}

}  // namespace

std::string row_digest_line(std::string_view table, const std::vector<std::string>& columns,
                            const std::vector<Cell>& row) {
    std::vector<std::size_t> order(columns.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return columns[a] < columns[b]; });
    std::string line(table);
    for (const std::size_t i : order) line += "\t" + columns[i] + "=" + cell_text(row.at(i));
    return line;
}

std::string rows_hash(std::vector<std::string> row_digests) {
    std::sort(row_digests.begin(), row_digests.end());
    Sha256 hash;
    for (const auto& d : row_digests) {
        hash.update(d);
        hash.update("\n");
    }
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

#pragma once

#include <gradus/core/sha256.hpp>
#include <gradus/store/bulk_writer.hpp>
#include <gradus/store/run.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gradus::store {

// The tamper-evident record of runs. Each succeeded run gets a manifest: a canonical text of what
// the run was (kind, engine, reference date, options, the hashes of its input and output files,
// the hash of every result row it wrote) that also holds the previous run's manifest hash. The
// manifests form a chain in commit order, so changing any stored run, file or row breaks it.
struct ChainLink {
    std::int64_t sequence = 0;      // 1 for the first run of the chain
    std::string previous_manifest;  // "genesis" for the first
    std::string rows_hash;
    std::string row_tables;         // "table:col,col;table:col" sorted; empty when no rows
    std::string manifest_hash;
};

inline constexpr std::string_view chain_genesis = "genesis";

// The one text a result row hashes as: the table, then each column=value sorted by column name,
// cells typed (n for NULL, i for an integer, s for text with \\, tab and line breaks escaped).
std::string row_digest_line(std::string_view table, const std::vector<std::string>& columns,
                            const std::vector<Cell>& row);

// The digest lines of many rows of one table: the columns are sorted once, and each line is
// written into one reused buffer, so a row costs no allocation.
class RowDigester {
public:
    RowDigester(std::string_view table, const std::vector<std::string>& columns);

    // row_digest_line(table, columns, row); valid until the next call.
    std::string_view line(const std::vector<Cell>& row);
    // SHA-256 of line(row), with `hash` (which must have no input pending).
    Sha256Digest digest(Sha256& hash, const std::vector<Cell>& row);

private:
    std::string m_table;
    std::vector<std::size_t> m_order;   // column indexes sorted by column name
    std::vector<std::string> m_labels;  // "\tcolumn=", in m_order's order
    std::string m_line;
};

// SHA-256 over the sorted row digests, in hex, one per line.
std::string rows_hash(std::vector<Sha256Digest> row_digests);

// The manifest text of a succeeded run linked after `previous_manifest`.
std::string manifest_text(const RunRecord& run, std::int64_t sequence, std::string_view previous_manifest,
                          std::string_view rows_hash, std::string_view row_tables);

}  // namespace gradus::store

#include <gradus/store/verify.hpp>

#include <gradus/core/byte_sink.hpp>
#include <gradus/core/hashing_sink.hpp>
#include <gradus/core/sha256.hpp>
#include <gradus/store/database_error.hpp>
#include <gradus/store/run_chain.hpp>

#include <soci/soci.h>

#include <array>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace gradus::store {
namespace {

struct Link {
    long long id = 0;
    long long sequence = 0;
    std::string previous, rows_hash, row_tables, manifest;
};

Cell cell_of(const soci::row& row, std::size_t i) {
    if (row.get_indicator(i) == soci::i_null) return std::monostate{};
    switch (row.get_properties(i).get_data_type()) {
        case soci::dt_integer: return std::int64_t{row.get<int>(i)};
        case soci::dt_long_long: return std::int64_t{row.get<long long>(i)};
        case soci::dt_unsigned_long_long: return static_cast<std::int64_t>(row.get<unsigned long long>(i));
        case soci::dt_string: return row.get<std::string>(i);
        default: throw Error("column " + row.get_properties(i).get_name() + " has a type the run chain does not hash");
    }
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (from <= text.size() && !text.empty()) {
        const auto at = text.find(separator, from);
        parts.push_back(text.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) break;
        from = at + 1;
    }
    return parts;
}

// The rows a run wrote, hashed again from what the tables hold now.
std::string stored_rows_hash(soci::session& session, long long run_id, const std::string& row_tables,
                             std::int64_t& counted) {
    std::vector<Sha256Digest> digests;
    Sha256 hash;
    for (const auto& entry : split(row_tables, ';')) {
        const auto colon = entry.find(':');
        const std::string table = entry.substr(0, colon);
        const std::vector<std::string> columns = split(entry.substr(colon + 1), ',');
        std::string list;
        for (const auto& c : columns) list += (list.empty() ? "" : ", ") + c;
        RowDigester digester(table, columns);
        soci::rowset<soci::row> rows =
            (session.prepare << "SELECT " + list + " FROM " + table + " WHERE run_id = :id", soci::use(run_id));
        std::vector<Cell> cells(columns.size());
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < columns.size(); ++i) cells[i] = cell_of(row, i);
            digests.push_back(digester.digest(hash, cells));
            ++counted;
        }
    }
    return rows_hash(std::move(digests));
}

void check_blobs(Store& db, VerifyReport& report) {
    std::vector<std::pair<std::string, long long>> blobs;
    std::string key;
    long long size = 0;
    soci::statement rows = (db.session().prepare << "SELECT sha256, size FROM blobs ORDER BY sha256", soci::into(key),
                            soci::into(size));
    if (rows.execute(true)) {
        do {
            blobs.emplace_back(key, size);
        } while (rows.fetch());
    }
    for (const auto& [sha256, stored_size] : blobs) {
        ++report.blobs;
        HashingSink sink;
        try {
            db.read_blob(sha256, sink);
        } catch (const Error& error) {
            report.problems.push_back(error.what());  // a missing chunk
            continue;
        }
        if (sink.hex_digest() != sha256) {
            report.problems.push_back("blob " + sha256 + ": its bytes do not match its hash");
        } else if (sink.size() != stored_size) {
            report.problems.push_back("blob " + sha256 + ": its size does not match its bytes");
        }
    }
    // A chunk past its blob's count, or under a key no blob names, is not part of any blob's hash.
    long long stray = 0;
    db.session() << "SELECT COUNT(*) FROM blob_chunks c WHERE NOT EXISTS (SELECT 1 FROM blobs b"
                    " WHERE b.chunk_key = c.chunk_key AND c.seq >= 0 AND c.seq < b.chunk_count)",
        soci::into(stray);
    if (stray > 0) report.problems.push_back(std::to_string(stray) + " blob chunks belong to no blob");
}

std::vector<Link> chain_links(soci::session& session) {
    std::vector<Link> links;
    soci::rowset<soci::row> rows =
        (session.prepare << "SELECT id, chain_seq, previous_manifest, rows_hash, row_tables, manifest_hash FROM runs"
                            " WHERE chain_seq IS NOT NULL ORDER BY chain_seq");
    for (const auto& r : rows) {
        Link l;
        l.id = std::get<std::int64_t>(cell_of(r, 0));
        l.sequence = std::get<std::int64_t>(cell_of(r, 1));
        const auto text = [&](std::size_t i) {
            const Cell c = cell_of(r, i);
            return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : std::string();
        };
        l.previous = text(2);
        l.rows_hash = text(3);
        l.row_tables = text(4);
        l.manifest = text(5);
        links.push_back(std::move(l));
    }
    return links;
}

void check_chain(Store& db, VerifyReport& report) {
    soci::session& session = db.session();
    std::string expected_previous(chain_genesis);
    long long expected_sequence = 1;
    for (const auto& link : chain_links(session)) {
        ++report.runs;
        const std::string run = "run " + std::to_string(link.id) + " (link " + std::to_string(link.sequence) + ")";
        if (link.sequence != expected_sequence) report.problems.push_back(run + ": the chain skips a link before it");
        if (link.previous != expected_previous) report.problems.push_back(run + ": does not follow the previous link's manifest");
        const auto record = db.get_run(link.id);
        std::vector<RunFile> in, out;
        for (const auto& f : db.run_files(link.id)) (f.direction == FileDirection::in ? in : out).push_back(f);
        if (!record || record->inputs_hash != files_hash(in)) report.problems.push_back(run + ": its input files do not match its inputs hash");
        if (!record || record->outputs_hash != files_hash(out)) report.problems.push_back(run + ": its output files do not match its outputs hash");
        if (stored_rows_hash(session, link.id, link.row_tables, report.rows) != link.rows_hash) {
            report.problems.push_back(run + ": its result rows (" + link.row_tables + ") do not match its rows hash");
        }
        if (!record || sha256_hex(manifest_text(*record, link.sequence, link.previous, link.rows_hash, link.row_tables)) != link.manifest) {
            report.problems.push_back(run + ": its record does not match its manifest");
        }
        expected_previous = link.manifest;
        report.head = link.manifest;
        expected_sequence = link.sequence + 1;
    }
    long long unchained = 0;
    session << "SELECT COUNT(*) FROM runs WHERE status = 'succeeded' AND chain_seq IS NULL", soci::into(unchained);
    if (unchained > 0) report.problems.push_back(std::to_string(unchained) + " succeeded runs are not in the chain");
}

// The tables of run results; verify also checks any other table a link of the chain lists.
constexpr std::array<std::string_view, 3> result_tables = {"art16_graduatoria", "l68_obblighi", "mirato_graduatoria"};

std::set<std::string> tables_of(const Link& link) {
    std::set<std::string> tables;
    for (const auto& entry : split(link.row_tables, ';')) tables.insert(entry.substr(0, entry.find(':')));
    return tables;
}

// Result rows have no foreign key to runs (migration 9), so verify looks for rows that no link of
// the chain accounts for: of a missing or unchained run, or of a run that wrote nothing to that
// table. Rows are counted before the chain is read again: a run committing in between brings its
// link and its rows at once, so it cannot pass for an orphan.
void check_result_rows(soci::session& session, VerifyReport& report) {
    std::set<std::string> tables;
    for (const std::string_view table : result_tables) tables.emplace(table);
    for (const auto& link : chain_links(session)) tables.merge(tables_of(link));
    std::vector<std::tuple<std::string, std::int64_t, std::int64_t>> groups;  // table, run_id, rows
    for (const auto& table : tables) {
        long long run_id = 0, count = 0;
        soci::statement rows = (session.prepare << "SELECT run_id, COUNT(*) FROM " + table +
                                                       " GROUP BY run_id ORDER BY run_id",
                                soci::into(run_id), soci::into(count));
        if (rows.execute(true)) {
            do {
                groups.emplace_back(table, run_id, count);
            } while (rows.fetch());
        }
    }
    std::map<std::int64_t, std::set<std::string>> chained;
    for (const auto& link : chain_links(session)) chained[link.id] = tables_of(link);
    for (const auto& [table, run_id, count] : groups) {
        const auto link = chained.find(run_id);
        const std::string rows = std::to_string(count) + " rows of " + table + " belong to run " + std::to_string(run_id);
        if (link == chained.end()) {
            report.problems.push_back(rows + ", which is not in the chain");
        } else if (!link->second.contains(table)) {
            report.problems.push_back(rows + ", which wrote none there");
        }
    }
}

}  // namespace

VerifyReport verify_store(Store& db) {
    VerifyReport report;
    report.head = std::string(chain_genesis);
    database_call("cannot verify the store", [&] {
        check_chain(db, report);
        check_result_rows(db.session(), report);
        check_blobs(db, report);
    });
    return report;
}

}  // namespace gradus::store

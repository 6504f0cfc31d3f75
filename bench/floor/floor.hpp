#pragma once
// The floors gradus is measured against (bench/run.sh): bare Xerces passes, raw SQLite inserts,
// and the ranking an office would write as one SQL query. Benchmark code, not part of gradus.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace floor_bench {

struct SaxResult {
    std::size_t elements = 0;
    std::size_t errors = 0;
};

SaxResult sax_pass(const std::vector<std::string>& files, const std::string& xsd, bool validate, unsigned parsers);

// The fields of one candidatura the window-function ranking needs, as text.
struct CandidaturaRow {
    std::string protocollo, codice_fiscale, presentata, nascita, did, isee, isee_scadenza, difformita, requisiti;
};

std::vector<CandidaturaRow> read_rows(const std::vector<std::string>& files);

// Inserts `rows` rows shaped like art16_graduatoria (9 columns, the same two indexes) into a
// fresh database at `path` with one prepared statement in one transaction.
void raw_insert(const std::string& path, std::int64_t rows);

struct WindowTimes {
    double load_s = 0;
    double query_s = 0;
    std::int64_t ranked = 0;
};

// Loads the rows into a fresh SQLite database and ranks them with ROW_NUMBER() OVER (ORDER BY ...)
// following the Emilia-Romagna criteria; every ranked row is read back.
WindowTimes window_rank(const std::string& path, const std::vector<CandidaturaRow>& rows);

double seconds_since(std::int64_t start_ns);
std::int64_t now_ns();

}  // namespace floor_bench

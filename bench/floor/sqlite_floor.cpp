// The persistence floor (raw prepared inserts) and the office's ranking as one SQL query, both on
// the sqlite3 C API directly.
#include "floor.hpp"
#include "codice_fiscale_key.hpp"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace floor_bench {
namespace {

class Db {
public:
    explicit Db(const std::string& path) {
        std::filesystem::remove(path);
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK) throw std::runtime_error("cannot open " + path);
    }
    ~Db() { sqlite3_close(m_db); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(const char* sql) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "?";
            sqlite3_free(message);
            throw std::runtime_error(std::string(sql) + ": " + text);
        }
    }

    sqlite3_stmt* prepare(const char* sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string(sql) + ": " + sqlite3_errmsg(m_db));
        }
        return statement;
    }

    void step_done(sqlite3_stmt* statement) {
        if (sqlite3_step(statement) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
    }

private:
    sqlite3* m_db = nullptr;
};

void bind_text(sqlite3_stmt* s, int index, const std::string& text) {
    if (text.empty()) sqlite3_bind_null(s, index);
    else sqlite3_bind_text(s, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

// The Emilia-Romagna art. 16 criteria (criteria/emilia-romagna-art16.xml) as SQL: base 100, minus
// one point per 1,000 euro of ISEE (over half rounds up, at most 25; 25 when missing, with
// omissions or expired at submission), 5 points for a DID before publication, 2/4/6 points from
// 40/45/50 years at publication for people with a DID; ties go to the younger, then the protocol.
constexpr const char* ranking_sql = R"(
SELECT ROW_NUMBER() OVER (ORDER BY punteggio DESC, nascita DESC, protocollo) AS posizione,
       protocollo, codice_fiscale, punteggio
FROM (
  SELECT protocollo, codice_fiscale, nascita,
         100
         - CASE WHEN isee_centesimi IS NULL OR difformita = 'true' OR isee_scadenza < presentata THEN 25
                ELSE MIN(25, isee_centesimi / 100000 + (isee_centesimi % 100000 > 50000)) END
         + CASE WHEN did IS NOT NULL AND did < '2026-03-02' THEN 5 ELSE 0 END
         + CASE WHEN did IS NULL THEN 0
                WHEN nascita <= '1976-03-02' THEN 6
                WHEN nascita <= '1981-03-02' THEN 4
                WHEN nascita <= '1986-03-02' THEN 2 ELSE 0 END AS punteggio
  FROM candidature
  WHERE requisiti = 'true' AND nascita <= '2008-03-02'
) ORDER BY posizione)";

}  // namespace

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double seconds_since(std::int64_t start_ns) { return static_cast<double>(now_ns() - start_ns) / 1e9; }

void raw_insert(const std::string& path, std::int64_t rows) {
    Db db(path);
    // The store's page size (src/store/sqlite_dialect.cpp). The cache is the 64 MB the store had when
    // the floor was set, twice its 32 MB now: the floor must not get slower when the store saves memory.
    db.exec("PRAGMA cache_size = -65536");
    db.exec("PRAGMA page_size = 16384");
    db.exec("CREATE TABLE art16_graduatoria (run_id BIGINT NOT NULL, posizione BIGINT, protocollo TEXT NOT NULL,"
            " codice_fiscale TEXT NOT NULL, punteggio TEXT, esito TEXT NOT NULL, riserva TEXT, deciso_da TEXT,"
            " motivo TEXT, CHECK ((posizione IS NULL) = (esito = 'escluso')))");
    db.exec("CREATE INDEX art16_graduatoria_by_run ON art16_graduatoria (run_id, posizione)");
    db.exec("CREATE INDEX art16_graduatoria_by_person ON art16_graduatoria (codice_fiscale)");
    db.exec("BEGIN");
    sqlite3_stmt* insert = db.prepare("INSERT INTO art16_graduatoria VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    char protocollo[32];
    char codice_fiscale[32];
    for (std::int64_t i = 0; i < rows; ++i) {
        std::snprintf(protocollo, sizeof protocollo, "2026/%07lld", static_cast<long long>(i + 1));
        // A million distinct keys in random order, as in a national avviso (floor_codice_fiscale).
        floor_codice_fiscale(codice_fiscale, sizeof codice_fiscale, i);
        sqlite3_bind_int64(insert, 1, 1);
        sqlite3_bind_int64(insert, 2, i + 1);
        sqlite3_bind_text(insert, 3, protocollo, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, codice_fiscale, -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, "87", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, "idonea", -1, SQLITE_STATIC);
        sqlite3_bind_null(insert, 7);
        sqlite3_bind_text(insert, 8, "punteggio", -1, SQLITE_STATIC);
        sqlite3_bind_null(insert, 9);
        db.step_done(insert);
    }
    sqlite3_finalize(insert);
    db.exec("COMMIT");
}

WindowTimes window_rank(const std::string& path, const std::vector<CandidaturaRow>& rows) {
    WindowTimes times;
    Db db(path);
    const auto load_start = now_ns();
    db.exec("CREATE TABLE candidature (protocollo TEXT PRIMARY KEY, codice_fiscale TEXT, presentata TEXT,"
            " nascita TEXT, did TEXT, isee_centesimi INTEGER, isee_scadenza TEXT, difformita TEXT, requisiti TEXT)");
    db.exec("BEGIN");
    sqlite3_stmt* insert = db.prepare("INSERT INTO candidature VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : rows) {
        bind_text(insert, 1, r.protocollo);
        bind_text(insert, 2, r.codice_fiscale);
        bind_text(insert, 3, r.presentata);
        bind_text(insert, 4, r.nascita);
        bind_text(insert, 5, r.did);
        if (r.isee.empty()) {
            sqlite3_bind_null(insert, 6);
        } else {
            const auto dot = r.isee.find('.');
            std::int64_t cents = std::stoll(r.isee.substr(0, dot)) * 100;
            if (dot != std::string::npos) {
                const std::string fraction = (r.isee.substr(dot + 1) + "00").substr(0, 2);
                cents += std::stoll(fraction);
            }
            sqlite3_bind_int64(insert, 6, cents);
        }
        bind_text(insert, 7, r.isee_scadenza);
        bind_text(insert, 8, r.difformita);
        bind_text(insert, 9, r.requisiti);
        db.step_done(insert);
    }
    sqlite3_finalize(insert);
    db.exec("COMMIT");
    times.load_s = seconds_since(load_start);

    const auto query_start = now_ns();
    sqlite3_stmt* query = db.prepare(ranking_sql);
    std::int64_t checksum = 0;
    while (sqlite3_step(query) == SQLITE_ROW) {
        ++times.ranked;
        checksum += sqlite3_column_bytes(query, 1) + sqlite3_column_bytes(query, 2) + sqlite3_column_int64(query, 3);
    }
    sqlite3_finalize(query);
    times.query_s = seconds_since(query_start);
    if (checksum < 0) throw std::runtime_error("impossible checksum");
    return times;
}

}  // namespace floor_bench

// gradus-store-rows URL ROWS: times the store's own bulk path (a prepared INSERT on SQLite, COPY on
// PostgreSQL, with the per-row digests of the run chain) writing ROWS rows shaped like a graduatoria
// into one run, and prints "seconds=... rows_per_second=...". Benchmark code, not part of gradus.
#include "codice_fiscale_key.hpp"
#include "gradus/store/bulk_writer.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: gradus-store-rows URL ROWS\n");
        return 2;
    }
    try {
        const std::int64_t rows = std::stoll(argv[2]);
        gradus::store::Store db(argv[1]);
        const gradus::store::RunSpec spec{"bench-rows", "bench", gradus::Date::from_ymd(2026, 3, 23), "", {}};
        const auto start = std::chrono::steady_clock::now();
        gradus::store::RunTransaction run(db, spec, "2026-11-26T00:00:00Z");
        auto writer = run.bulk_writer("art16_graduatoria", {"run_id", "posizione", "protocollo", "codice_fiscale",
                                                            "punteggio", "esito", "riserva", "deciso_da", "motivo"});
        char protocollo[32];
        char codice_fiscale[32];
        for (std::int64_t i = 0; i < rows; ++i) {
            std::snprintf(protocollo, sizeof protocollo, "2026/%07lld", static_cast<long long>(i + 1));
            floor_codice_fiscale(codice_fiscale, sizeof codice_fiscale, i);
            writer.add_row({run.run_id(), i + 1, std::string(protocollo), std::string(codice_fiscale),
                            std::string("87"), std::string("idonea"), gradus::store::Cell{}, std::string("punteggio"),
                            gradus::store::Cell{}});
        }
        writer.finish();
        run.commit("2026-11-26T00:00:01Z");
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("seconds=%.3f rows_per_second=%.0f\n", s, static_cast<double>(rows) / s);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gradus-store-rows: %s\n", e.what());
        return 1;
    }
}

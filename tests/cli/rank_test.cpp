// gradus rank end to end on the demo fixtures: the outputs, the stored run, byte-identical
// results with 1 and 2 threads, privacy of the public lists, and the choice of criteria.

#include "run_gradus.hpp"

#include "gradus/core/sha256.hpp"
#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>

#include <soci/soci.h>

#include <regex>

using namespace gradus;
using namespace gradus::test;

namespace {

const char* demo_inputs =
    "--avviso fixtures/art16/demo/avviso.xml "
    "--candidature fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml";

const std::vector<std::string> output_names = {"graduatoria.xml", "graduatoria.csv", "graduatoria.html",
                                               "pubblica.csv",    "pubblica.html",   "scarti.csv"};

std::string db_url(const TempDir& tmp) { return "sqlite:" + (tmp.path() / "gradus.db").string(); }

Outcome rank_demo(const TempDir& tmp, const std::string& out, const std::string& extra = "") {
    return run_gradus("rank " + std::string(demo_inputs) + " --db '" + db_url(tmp) + "' --out '" +
                          (tmp.path() / out).string() + "' " + extra,
                      tmp);
}

// Rewrites the demo avviso with another region and dates, for the criteria-selection cases.
std::filesystem::path avviso_variant(const TempDir& tmp, const std::string& region, const std::string& day) {
    std::string text = slurp(source_dir / "fixtures/art16/demo/avviso.xml");
    text = std::regex_replace(text, std::regex("<regione>08</regione>"), "<regione>" + region + "</regione>");
    text = std::regex_replace(text, std::regex("2026-03-(02|09|23)"), day);
    const auto file = tmp.path() / "avviso-variant.xml";
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

}  // namespace

TEST_CASE("rank writes every output, rejects the two broken records and exits 1 saying so", "[cli][rank]") {
    TempDir tmp;
    const auto r = rank_demo(tmp, "out");
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("2 records rejected") != std::string::npos);
    CHECK(r.err.find("candidature-1.xml:") != std::string::npos);
    for (const auto& name : output_names) CHECK(std::filesystem::file_size(tmp.path() / "out" / name) > 0);
    const std::string scarti = slurp(tmp.path() / "out" / "scarti.csv");
    CHECK(std::count(scarti.begin(), scarti.end(), '\n') == 3);  // header + 2 records
    const std::string csv = slurp(tmp.path() / "out" / "graduatoria.csv");
    CHECK(csv.rfind("\xEF\xBB\xBFposizione;protocollo;codicefiscale;cognome;nome;punteggio;esito;motivo", 0) == 0);
}

TEST_CASE("rank gives the same bytes with 1 and 2 threads", "[cli][rank][determinism]") {
    TempDir tmp;
    rank_demo(tmp, "one", "--threads 1");
    rank_demo(tmp, "two", "--threads 2");
    for (const auto& name : output_names) {
        INFO(name);
        CHECK(slurp(tmp.path() / "one" / name) == slurp(tmp.path() / "two" / name));
    }
}

TEST_CASE("rank restarted for huge pages gives the bytes of a run that was not, its arguments intact",
          "[cli][rank][determinism]") {
    // gradus restarts itself once with glibc.malloc.hugetlb=1 (src/cli/huge_pages.cpp) unless
    // GRADUS_HUGE_PAGES is set; a file name with a blank and a quote must reach the restarted run.
    const std::string mode = slurp("/sys/kernel/mm/transparent_hugepage/enabled");
    if (mode.find("[madvise]") == std::string::npos) {
        WARN("the kernel gives no huge pages on request here (" << mode << "): gradus does not restart");
        return;
    }
    TempDir tmp;
    const auto odd = tmp.path() / "cartella con spazi" / "l'avviso.xml";
    std::filesystem::create_directories(odd.parent_path());
    std::filesystem::copy_file(source_dir / "fixtures/art16/demo/avviso.xml", odd);
    std::string inputs = demo_inputs;
    const std::string plain = "--avviso fixtures/art16/demo/avviso.xml";
    REQUIRE(inputs.find(plain) != std::string::npos);
    inputs.replace(inputs.find(plain), plain.size(), "--avviso \"" + odd.string() + "\"");
    const auto restarted = run_gradus("rank " + inputs + " --no-store --out '" + (tmp.path() / "a").string() + "'",
                                      tmp, "-u GRADUS_HUGE_PAGES -u GLIBC_TUNABLES");
    const auto plain_run = run_gradus("rank " + inputs + " --no-store --out '" + (tmp.path() / "b").string() + "'",
                                      tmp, "-u GLIBC_TUNABLES GRADUS_HUGE_PAGES=0");
    CHECK(restarted.exit_code == 1);  // the demo's two broken records
    CHECK(restarted.exit_code == plain_run.exit_code);
    for (const auto& name : output_names) {
        INFO(name);
        CHECK(slurp(tmp.path() / "a" / name) == slurp(tmp.path() / "b" / name));
    }
}

TEST_CASE("rank records the run with its inputs and the hashes of its outputs", "[cli][rank][store]") {
    TempDir tmp;
    rank_demo(tmp, "out");
    store::Store db(db_url(tmp));
    const auto runs = db.list_runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == "art16-rank");
    CHECK(runs[0].status == store::RunStatus::succeeded);
    CHECK(runs[0].reference_date.to_iso() == "2026-03-23");
    CHECK(runs[0].options.find("criteria=emilia-romagna-art16-2017") != std::string::npos);
    int inputs = 0;
    for (const auto& f : db.run_files(runs[0].id)) {
        if (f.direction == store::FileDirection::out) {
            INFO(f.name);
            CHECK(f.sha256 == sha256_hex(slurp(tmp.path() / "out" / f.name)));
        } else {
            ++inputs;
            CHECK(db.get_blob(f.sha256).has_value());
        }
    }
    CHECK(inputs == 4);  // avviso, two candidature files, criteria
    std::int64_t rows = 0;
    db.session() << "SELECT COUNT(*) FROM art16_graduatoria WHERE run_id = " << runs[0].id, soci::into(rows);
    CHECK(rows == 298);  // 300 read - 2 rejected by the reader: ranked + excluded
}

TEST_CASE("The public lists carry no name, codice fiscale or reason", "[cli][rank][privacy]") {
    TempDir tmp;
    rank_demo(tmp, "out", "--no-store");
    const std::string internal = slurp(tmp.path() / "out" / "graduatoria.csv");
    const std::string pub = slurp(tmp.path() / "out" / "pubblica.csv") + slurp(tmp.path() / "out" / "pubblica.html");
    std::smatch m;
    int checked = 0;
    for (auto it = internal.cbegin(); std::regex_search(it, internal.cend(), m, std::regex(";([A-Z0-9]{16});([^;]+);([^;]+);"));
         it = m.suffix().first) {
        CHECK(pub.find(m[1].str()) == std::string::npos);
        CHECK(pub.find(";" + m[2].str() + ";") == std::string::npos);
        ++checked;
    }
    CHECK(checked > 250);
    CHECK(pub.find("Codice fiscale non valido") == std::string::npos);
    CHECK(pub.find("scuola dell'obbligo") == std::string::npos);
}

TEST_CASE("The criteria in force on the reference date are chosen, or the run stops", "[cli][rank][criteria]") {
    TempDir tmp;
    const std::string db = " --db '" + db_url(tmp) + "'";
    const std::string cand = " --candidature fixtures/art16/demo/candidature-1.xml --out '" + (tmp.path() / "l").string() + "'";

    // Lombardia (03) on 2023-09-10: the 2023 criteria start the next day, and nothing older is shipped.
    const auto before = avviso_variant(tmp, "03", "2023-09-10");
    auto r = run_gradus("rank --avviso '" + before.string() + "'" + cand + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("03") != std::string::npos);

    // From 2023-09-11 the Lombardia file applies, but its DID points are unknown [N]: refused...
    r = run_gradus("rank --avviso '" + before.string() + "' --as-of 2023-09-11" + cand + db, tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("did_bonus.points") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "l"));
    // ... and a refused run leaves the store as it was.
    CHECK(run_gradus("runs" + db, tmp).out.find("art16-rank") == std::string::npos);

    // ... unless the office accepts ranking without them.
    r = run_gradus("rank --avviso '" + before.string() + "' --as-of 2023-09-11 --allow-unknown" + cand + db, tmp);
    CHECK(r.out.find("criteria: lombardia-art16-2023") != std::string::npos);

    // An explicit criteria file wins over the region's.
    r = rank_demo(tmp, "veneto", "--criteria criteria/veneto-art16-dgr1219-2021.xml");
    CHECK(r.out.find("criteria: veneto-art16") != std::string::npos);
}

TEST_CASE("Internal outputs are readable by their owner only, public ones by all", "[cli][rank][privacy]") {
    TempDir tmp;
    rank_demo(tmp, "out", "--no-store");
    using std::filesystem::perms;
    const auto mode = [&](const char* name) { return std::filesystem::status(tmp.path() / "out" / name).permissions(); };
    CHECK((mode("graduatoria.csv") & (perms::group_all | perms::others_all)) == perms::none);
    CHECK((mode("graduatoria.xml") & (perms::group_all | perms::others_all)) == perms::none);
    CHECK((mode("pubblica.csv") & perms::others_read) == perms::others_read);
}

TEST_CASE("A candidature file for another avviso is refused record by record", "[cli][rank]") {
    TempDir tmp;
    std::string text = slurp(source_dir / "fixtures/art16/demo/candidature-2.xml");
    text = std::regex_replace(text, std::regex("avviso=\"ER-FC-2026-0007\""), "avviso=\"ALTRO-1\"");
    const auto other = tmp.path() / "other.xml";
    std::ofstream(other, std::ios::binary) << text;
    const auto r = run_gradus("rank --no-store --avviso fixtures/art16/demo/avviso.xml --candidature "
                              "fixtures/art16/demo/candidature-1.xml '" + other.string() + "' --out '" +
                                  (tmp.path() / "out").string() + "'",
                              tmp);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("answers avviso 'ALTRO-1'") != std::string::npos);
    const std::string scarti = slurp(tmp.path() / "out" / "scarti.csv");
    CHECK(std::count(scarti.begin(), scarti.end(), '\n') > 100);
}

TEST_CASE("rank --ufficio records one LEP K / B03 service per person in the ledger", "[cli][rank][servizi]") {
    TempDir tmp;
    const auto r = rank_demo(tmp, "out", "--ufficio D704X000001");
    CHECK(r.exit_code == 1);  // the two broken records
    // 2026/000166 (Ricci Roberta) is 3rd in the demo graduatoria.
    const auto p = run_gradus("persona RCCRRT69C58C573L --as-of 2026-04-01 --db '" + db_url(tmp) + "'", tmp);
    CHECK(p.exit_code == 0);
    CHECK(p.out.find("LEP K SAP B03 evento 10 Terminata, ufficio D704X000001, run 1: graduatoria avviso "
                     "ER-FC-2026-0007: posizione 3, idoneo") != std::string::npos);
    store::Store db(db_url(tmp));
    long long events = 0;
    db.session() << "SELECT COUNT(*) FROM service_events WHERE run_id = 1", soci::into(events);
    // 287 ranked + 11 excluded - 3 invalid codici fiscali - 1 superseded duplicate
    CHECK(events == 294);
    CHECK(run_gradus("rank " + std::string(demo_inputs) + " --no-store --ufficio D704X000001 --out x", tmp).exit_code == 2);
}

TEST_CASE("rank --reports writes only the chosen reports and the scarti; replay renders the same choice", "[cli][rank][store]") {
    TempDir tmp;
    const auto r = rank_demo(tmp, "out", "--reports graduatoria.csv pubblica.csv");
    CHECK(r.exit_code == 1);  // the demo's two broken records
    std::vector<std::string> written;
    for (const auto& e : std::filesystem::directory_iterator(tmp.path() / "out")) written.push_back(e.path().filename().string());
    std::sort(written.begin(), written.end());
    CHECK(written == std::vector<std::string>{"graduatoria.csv", "pubblica.csv", "scarti.csv"});

    store::Store db(db_url(tmp));
    const auto runs = db.list_runs();
    REQUIRE(runs.size() == 1);
    const auto replay = run_gradus("replay " + std::to_string(runs[0].id) + " --db '" + db_url(tmp) + "'", tmp);
    INFO(replay.out << replay.err);
    CHECK(replay.exit_code == 0);
    CHECK(replay.out.find("identical") != std::string::npos);

    const auto bad = rank_demo(tmp, "bad", "--reports graduatoria.pdf");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("graduatoria.pdf") != std::string::npos);
}

TEST_CASE("rank --timings names each stage, the stored run's four parts apart", "[cli][rank][timings]") {
    TempDir tmp;
    const Outcome stored = rank_demo(tmp, "out", "--quiet --timings");
    REQUIRE(stored.exit_code == 1);  // the demo's two broken records go to the scarti
    CHECK(std::regex_search(stored.err, std::regex(R"(timings: read=\S+ parse=\S+ rank=\S+ inputs=\S+ rows=\S+ )"
                                                   R"(reports=\S+ commit=\S+ write=\S+ total=)")));
    const Outcome unstored = rank_demo(tmp, "nostore", "--no-store --quiet --timings");
    CHECK(std::regex_search(unstored.err,
                            std::regex(R"(timings: read=\S+ parse=\S+ rank=\S+ reports=\S+ write=\S+ total=)")));
}

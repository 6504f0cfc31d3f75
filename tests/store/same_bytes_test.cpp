// The same ranking recorded on the backend under test with 2 threads and on SQLite with 1 thread:
// the same files, the same bytes read back, the same result rows, and both chains verify (issue 8).

#include "test_database.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/art16_record.hpp"
#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/store/verify.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <oneapi/tbb/global_control.h>
#include <soci/soci.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

using namespace gradus;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};

app::NamedBytes fixture(const std::string& name) {
    std::ifstream in(source / "fixtures/art16/demo" / name, std::ios::binary);
    return {name, {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}};
}

struct Recorded {
    std::vector<store::RunFile> files;
    std::vector<std::string> bytes;
    std::vector<std::string> rows;
};

Recorded rank_and_record(const std::string& url, int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    // One candidature file read from disk as it is parsed, one from memory as a replay reads it.
    const auto on_disk = fixture("candidature-1.xml");
    const app::Art16Inputs inputs{
        fixture("avviso.xml"),
        {{on_disk.name, source / "fixtures/art16/demo" / on_disk.name, {}, {}, {}}, {"candidature-2.xml", {}, fixture("candidature-2.xml").bytes, {}, {}}},
        {}};
    const auto catalogue = xml::read_criteria_dir(source / "criteria", source / "schemas");
    const auto outcome = app::run_art16(inputs, {}, catalogue, source / "schemas");
    store::Store db(url);
    const auto id = app::record_art16_run(db, inputs, outcome, "2026-03-24T08:00:00Z", [] { return "2026-03-24T08:00:05Z"; });
    Recorded r;
    r.files = db.run_files(id);
    for (const auto& f : r.files) r.bytes.push_back(db.get_blob(f.sha256).value_or("<missing>"));
    soci::rowset<soci::row> rows =
        (db.session().prepare << "SELECT protocollo, punteggio, esito, deciso_da FROM art16_graduatoria WHERE run_id = "
                                     + std::to_string(id) + " ORDER BY protocollo");
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += (row.get_indicator(i) == soci::i_null ? std::string("NULL") : row.get<std::string>(i)) + ";";
        }
        r.rows.push_back(line);
    }
    CHECK(store::verify_store(db).problems.empty());
    return r;
}

app::NamedBytes file_named(const std::filesystem::path& path, const std::string& name) {
    std::ifstream in(path, std::ios::binary);
    return {name, {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}};
}

Recorded obligations_recorded(const std::string& url, int threads) {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
    app::ObblighiInputs inputs;
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(source / "fixtures/l68/prospetti")) paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) inputs.prospetti.push_back(file_named(p, "prospetti/" + p.filename().string()));
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        inputs.reference.push_back(file_named(source / "data/l68" / name, name));
    }
    const auto outcome = app::compute_obblighi(inputs, {gradus::Date::from_ymd(2025, 6, 30), {}, nullptr}, source / "schemas");
    store::Store db(url);
    const auto id = app::record_obblighi_run(db, inputs, *outcome, "2025-06-30T08:00:00Z", "2025-06-30T08:00:09Z");
    Recorded r;
    r.files = db.run_files(id);
    for (const auto& f : r.files) r.bytes.push_back(db.get_blob(f.sha256).value_or("<missing>"));
    soci::rowset<soci::row> rows =
        (db.session().prepare << "SELECT codice_comunicazione, provincia, quota_disabili, scoperture_disabili,"
                                 " contributo_esonerativo FROM l68_obblighi WHERE run_id = " + std::to_string(id) +
                                     " ORDER BY codice_comunicazione, provincia");
    for (const auto& row : rows) {
        r.rows.push_back(row.get<std::string>(0) + ";" + row.get<std::string>(1) + ";" +
                         std::to_string(row.get<long long>(2)) + ";" + std::to_string(row.get<long long>(3)) + ";" +
                         row.get<std::string>(4));
    }
    CHECK(store::verify_store(db).problems.empty());
    return r;
}

}  // namespace

TEST_CASE("an obligations batch recorded on this backend with 2 threads matches SQLite with 1 thread") {
    const Recorded here = obligations_recorded(store::test::fresh_database_url(), 2);
    const auto sqlite_file = std::filesystem::temp_directory_path() / "gradus-same-bytes-l68.db";
    std::filesystem::remove(sqlite_file);
    const Recorded reference = obligations_recorded("sqlite:" + sqlite_file.string(), 1);
    std::filesystem::remove(sqlite_file);

    CHECK(here.files == reference.files);
    CHECK(here.bytes == reference.bytes);
    CHECK(here.rows == reference.rows);
    CHECK(here.rows.size() > 30);
}

TEST_CASE("a ranking recorded on this backend with 2 threads matches SQLite with 1 thread, byte for byte") {
    const Recorded here = rank_and_record(store::test::fresh_database_url(), 2);
    const auto sqlite_file = std::filesystem::temp_directory_path() / "gradus-same-bytes.db";
    std::filesystem::remove(sqlite_file);
    const Recorded reference = rank_and_record("sqlite:" + sqlite_file.string(), 1);
    std::filesystem::remove(sqlite_file);

    CHECK(here.files == reference.files);
    CHECK(here.bytes == reference.bytes);
    CHECK(here.rows == reference.rows);
    CHECK(here.rows.size() == 298);
}

TEST_CASE("an auditor's read-only role can verify and replay-read a store but not change it") {
    if (store::test::test_backend() != store::Backend::postgresql) return;  // roles are a PostgreSQL matter
    const std::string url = store::test::fresh_database_url();
    rank_and_record(url, 2);
    {
        store::Store admin(url);
        admin.session() << "DROP ROLE IF EXISTS gradus_test_auditor";
        admin.session() << "CREATE ROLE gradus_test_auditor LOGIN";
        admin.session() << "GRANT USAGE ON SCHEMA public TO gradus_test_auditor";
        admin.session() << "GRANT SELECT ON ALL TABLES IN SCHEMA public TO gradus_test_auditor";
    }
    std::string auditor_url = url;
    auditor_url.replace(auditor_url.find("user=postgres"), 13, "user=gradus_test_auditor");
    {
        store::Store auditor(auditor_url);
        CHECK(store::verify_store(auditor).problems.empty());
        CHECK(app::load_art16_run(auditor, 1, source / "schemas").inputs.candidature.size() == 2);
        CHECK_THROWS_WITH(auditor.session() << "UPDATE art16_graduatoria SET punteggio = '0'",
                          Catch::Matchers::Contains("permission denied"));
    }
    store::Store admin(url);
    admin.session() << "DROP OWNED BY gradus_test_auditor";
    admin.session() << "DROP ROLE gradus_test_auditor";
}

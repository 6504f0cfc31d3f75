// A collocamento mirato run on each backend: one row per person, and the A01 registrations in the
// ledger recorded once per person and registration date, however often the lists are ranked.

#include "test_database.hpp"

#include <gradus/app/mirato_job.hpp>
#include <gradus/app/mirato_record.hpp>
#include <gradus/store/store.hpp>
#include <gradus/xml/criteria_reader.hpp>

#include <soci/soci.h>

#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace gradus;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};

std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("a mirato run stores one row per person and each A01 registration once") {
    const auto schemas = source / "schemas";
    const app::MiratoInputs inputs{{"torino-iscritti.xml", {}, bytes_of(source / "fixtures/mirato/torino-iscritti.xml"), {}},
                                   std::nullopt};
    app::MiratoSettings settings;
    settings.reference_date = Date::from_ymd(2026, 3, 1);
    settings.allow_unknown = true;
    const auto catalogue = xml::read_criteria_dir(source / "criteria" / app::mirato_criteria_folder, schemas);
    const auto outcome = app::run_mirato(inputs, settings, catalogue, schemas);
    const auto ranked = static_cast<long long>(outcome.graduatoria.ranked.size());
    REQUIRE(ranked > 300);

    store::Store db(store::test::fresh_database_url());
    const std::string office = "L219X000001";
    const auto run = app::record_mirato_run(db, inputs, outcome, "2026-03-01T09:00:00Z", "2026-03-01T09:00:05Z", office);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM mirato_graduatoria WHERE run_id = " + std::to_string(run)) == 400);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM mirato_graduatoria WHERE esito = 'escluso'") == 400 - ranked);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM service_events WHERE service = 'M1' AND sap_code = 'A01'") == ranked);

    app::record_mirato_run(db, inputs, outcome, "2026-03-02T09:00:00Z", "2026-03-02T09:00:05Z", office);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM mirato_graduatoria") == 800);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM service_events WHERE service = 'M1' AND sap_code = 'A01'") == ranked);
}

TEST_CASE("mirato lists read from their file are stored with the digest they were parsed with; changed since, the run fails") {
    const auto schemas = source / "schemas";
    const auto lists = source / "fixtures/mirato/torino-iscritti.xml";
    const auto copy = std::filesystem::temp_directory_path() / ("gradus-mirato-" + std::to_string(::getpid()) + ".xml");
    std::filesystem::copy_file(lists, copy, std::filesystem::copy_options::overwrite_existing);
    const app::MiratoInputs inputs{{"torino-iscritti.xml", copy, {}, {}, {}}, std::nullopt};
    app::MiratoSettings settings;
    settings.reference_date = Date::from_ymd(2026, 3, 1);
    settings.allow_unknown = true;
    const auto catalogue = xml::read_criteria_dir(source / "criteria" / app::mirato_criteria_folder, schemas);
    const auto outcome = app::run_mirato(inputs, settings, catalogue, schemas);
    CHECK(outcome.graduatoria.ranked.size() > 300);

    store::Store db(store::test::fresh_database_url());
    const auto run = app::record_mirato_run(db, inputs, outcome, "2026-03-01T09:00:00Z", "2026-03-01T09:00:05Z");
    std::string stored;
    db.session() << "SELECT sha256 FROM run_files WHERE run_id = " + std::to_string(run) + " AND role = 'iscritti'",
        soci::into(stored);
    CHECK(stored == outcome.iscritti_sha256);
    CHECK(db.get_blob(stored) == bytes_of(lists));

    std::ofstream(copy, std::ios::app) << "<!-- changed after the parse -->\n";
    const std::string message = store::test::error_message(
        [&] { app::record_mirato_run(db, inputs, outcome, "2026-03-01T10:00:00Z", "2026-03-01T10:00:05Z"); });
    CHECK(message.find("changed while the run was reading it") != std::string::npos);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM runs WHERE status = 'succeeded'") == 1);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM mirato_graduatoria") == 400);
    std::filesystem::remove(copy);
}

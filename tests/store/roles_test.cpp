// The PostgreSQL roles of scripts/pg-roles.sql: the batch role records a run; staff read the
// results but not the stored inputs; neither staff nor auditors can change a run.

#include "test_database.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/art16_record.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"
#include "gradus/store/verify.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <catch2/catch.hpp>
#include <soci/soci.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace gradus;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The script's statements: one per line, comments and blank lines aside.
std::vector<std::string> role_statements() {
    std::vector<std::string> statements;
    std::istringstream lines(slurp(source / "scripts/pg-roles.sql"));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.rfind("--", 0) == 0) continue;
        statements.push_back(line.substr(0, line.find_last_of(';')));
    }
    return statements;
}

const std::vector<std::string> logins = {"gradus_test_batch", "gradus_test_staff", "gradus_test_auditor2"};
const std::vector<std::string> groups = {"gradus_batch", "gradus_staff", "gradus_auditor"};

std::string as_user(std::string url, const std::string& user) {
    return url.replace(url.find("user=postgres"), 13, "user=" + user);
}

void drop_roles(soci::session& admin) {
    for (const auto& role : logins) {
        admin << "DROP ROLE IF EXISTS " + role;
    }
    for (const auto& role : groups) {
        admin << "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role +
                     "') THEN EXECUTE 'DROP OWNED BY " + role + "'; DROP ROLE " + role + "; END IF; END $$";
    }
}

long long record_demo_run(const std::string& url) {
    const auto fixture = [](const std::string& name) {
        return app::NamedBytes{name, slurp(source / "fixtures/art16/demo" / name)};
    };
    const auto bytes_of = [&](const std::string& name) { return app::InputDocument{name, {}, fixture(name).bytes, {}, {}}; };
    const app::Art16Inputs inputs{fixture("avviso.xml"), {bytes_of("candidature-1.xml"), bytes_of("candidature-2.xml")}, {}};
    const auto catalogue = xml::read_criteria_dir(source / "criteria", source / "schemas");
    const auto outcome = app::run_art16(inputs, {}, catalogue, source / "schemas");
    store::Store db(url);
    return app::record_art16_run(db, inputs, outcome, "2026-03-24T08:00:00Z", [] { return "2026-03-24T08:00:05Z"; });
}

void refused(soci::session& session, const std::string& statement) {
    INFO(statement);
    CHECK_THROWS_WITH(session << statement, Catch::Matchers::Contains("permission denied"));
}

}  // namespace

TEST_CASE("the batch role records runs; staff and auditors cannot change one; staff cannot read the inputs") {
    if (store::test::test_backend() != store::Backend::postgresql) return;  // roles are a PostgreSQL matter
    const std::string url = store::test::fresh_database_url();
    {
        store::Store admin(url);  // the owner migrates the schema, then grants
        drop_roles(admin.session());
        for (const auto& statement : role_statements()) {
            admin.session() << statement;
        }
        for (std::size_t k = 0; k < logins.size(); ++k) {
            admin.session() << "CREATE ROLE " + logins[k] + " LOGIN IN ROLE " + groups[k];
        }
    }

    const long long first = record_demo_run(as_user(url, "gradus_test_batch"));
    const long long second = record_demo_run(as_user(url, "gradus_test_batch"));
    CHECK(second == first + 1);
    {
        store::Store batch(as_user(url, "gradus_test_batch"));
        batch.set_blob_chunk_size(64);  // a chunked blob stored once without DELETE, which batch lacks
        const std::string bytes = slurp(source / "fixtures/art16/demo/candidature-1.xml") + "<!-- chunked -->";
        {
            store::RunTransaction run(batch, {"ingest", "0.1.0", Date::from_ymd(2026, 3, 24), "", std::nullopt},
                                      "2026-03-24T09:00:00Z");
            CHECK(run.add_output("report", "a.xml", bytes) == run.add_output("report", "b.xml", bytes));
            run.add_output("report", "avviso.xml", slurp(source / "fixtures/art16/demo/avviso.xml"));  // kept whole
            run.commit("2026-03-24T09:00:01Z");
        }
        long long chunks = 0;
        batch.session() << "SELECT count(*) FROM blob_chunks", soci::into(chunks);
        CHECK(chunks == static_cast<long long>((bytes.size() + 63) / 64));
        CHECK(store::verify_store(batch).problems.empty());
        refused(batch.session(), "DELETE FROM blob_chunks");
        refused(batch.session(), "DELETE FROM art16_graduatoria");
        refused(batch.session(), "UPDATE art16_graduatoria SET punteggio = '0'");
        refused(batch.session(), "DELETE FROM runs WHERE id = " + std::to_string(first));
        refused(batch.session(), "CREATE TABLE shadow (x BIGINT)");
    }
    {
        store::Store staff(as_user(url, "gradus_test_staff"));
        long long rows = 0;
        staff.session() << "SELECT count(*) FROM art16_graduatoria WHERE run_id = " + std::to_string(first),
            soci::into(rows);
        CHECK(rows == 298);
        refused(staff.session(), "SELECT count(*) FROM blobs");
        refused(staff.session(), "SELECT count(*) FROM blob_chunks");
        refused(staff.session(), "UPDATE runs SET status = 'failed'");
        refused(staff.session(), "UPDATE art16_graduatoria SET punteggio = '0'");
        refused(staff.session(), "DELETE FROM run_files");
        refused(staff.session(), "INSERT INTO runs (kind, engine_version, reference_date, options, started_at, status)"
                                 " VALUES ('x', 'x', '2026-01-01', '', '2026-01-01', 'running')");
    }
    {
        store::Store auditor(as_user(url, "gradus_test_auditor2"));
        CHECK(store::verify_store(auditor).problems.empty());
        long long blobs = 0;
        auditor.session() << "SELECT count(*) FROM blobs", soci::into(blobs);
        CHECK(blobs > 0);
        refused(auditor.session(), "UPDATE runs SET outputs_hash = 'x'");
        refused(auditor.session(), "DELETE FROM art16_graduatoria");
        refused(auditor.session(), "UPDATE blobs SET size = 0");
        refused(auditor.session(), "INSERT INTO service_events (subject_kind, subject, office, service, event,"
                                   " event_date, operator_id, recorded_at) VALUES ('persona', 'x', 'x', 'A', '10',"
                                   " '2026-01-01', 'op', '2026-01-01')");
    }
    store::Store admin(url);
    drop_roles(admin.session());
}

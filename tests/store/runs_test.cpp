#include "test_database.hpp"

#include <gradus/core/sha256.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>
#include <gradus/store/verify.hpp>

#include <soci/soci.h>

#include <stdexcept>

using namespace gradus::store;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

RunSpec rank_spec(std::optional<std::int64_t> parent = std::nullopt) {
    return {"art16-rank", "0.1.0", gradus::Date::from_ymd(2025, 3, 1), "{\"as_of\":\"2025-03-01\",\"threads\":1}",
            parent};
}

long long count_rows(Store& store, const std::string& table) {
    long long count = 0;
    store.session() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

}  // namespace

TEST_CASE("a committed run records its spec, its files and the hashes of its inputs and outputs") {
    Store store(test::fresh_database_url());
    const std::string avviso = "<avviso numero=\"12\"/>", candidature = "<candidature/>", graduatoria = "pos;cf\n";

    RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00+01:00");
    // Added out of order: the hash must not depend on the order of the calls.
    run.add_input("candidature", "candidature.xml", candidature);
    run.add_input("avviso", "avviso 12.xml", avviso);
    run.add_output("graduatoria", "graduatoria.csv", graduatoria);
    REQUIRE(store.get_run(run.run_id()).has_value());
    CHECK(store.get_run(run.run_id())->status == RunStatus::running);
    run.commit("2025-03-01T10:00:07+01:00");

    const std::string inputs_lines = "avviso avviso 12.xml " + gradus::sha256_hex(avviso) + "\n" +
                                     "candidature candidature.xml " + gradus::sha256_hex(candidature) + "\n";
    const std::string outputs_lines = "graduatoria graduatoria.csv " + gradus::sha256_hex(graduatoria) + "\n";

    const auto record = store.get_run(run.run_id());
    REQUIRE(record.has_value());
    CHECK(record->id == run.run_id());
    CHECK(record->kind == "art16-rank");
    CHECK(record->engine_version == "0.1.0");
    CHECK(record->reference_date == gradus::Date::from_ymd(2025, 3, 1));
    CHECK(record->options == "{\"as_of\":\"2025-03-01\",\"threads\":1}");
    CHECK(record->inputs_hash == gradus::sha256_hex(inputs_lines));
    CHECK(record->outputs_hash == gradus::sha256_hex(outputs_lines));
    CHECK_FALSE(record->parent_run.has_value());
    CHECK(record->started_at == "2025-03-01T10:00:00+01:00");
    CHECK(record->finished_at == "2025-03-01T10:00:07+01:00");
    CHECK(record->status == RunStatus::succeeded);
    CHECK_FALSE(record->message.has_value());

    const std::vector<RunFile> expected_files = {
        {FileDirection::in, "avviso", "avviso 12.xml", gradus::sha256_hex(avviso)},
        {FileDirection::in, "candidature", "candidature.xml", gradus::sha256_hex(candidature)},
        {FileDirection::out, "graduatoria", "graduatoria.csv", gradus::sha256_hex(graduatoria)},
    };
    CHECK(store.run_files(run.run_id()) == expected_files);
}

TEST_CASE("a run can name its parent; runs are listed by id") {
    Store store(test::fresh_database_url());
    std::int64_t first = 0, second = 0;
    {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run.commit("2025-03-01T10:00:01Z");
        first = run.run_id();
    }
    {
        RunTransaction run(store, rank_spec(first), "2025-03-02T10:00:00Z");
        run.commit("2025-03-02T10:00:01Z");
        second = run.run_id();
    }
    const std::vector<RunRecord> runs = store.list_runs();
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].id == first);
    CHECK(runs[1].id == second);
    CHECK(second > first);
    CHECK(runs[1].parent_run == first);
    CHECK(runs[1].inputs_hash == gradus::sha256_hex(""));  // no files: the hash of no lines
    CHECK_FALSE(store.get_run(second + 1).has_value());
}

TEST_CASE("a run whose parent does not exist is refused by the foreign key") {
    Store store(test::fresh_database_url());
    CHECK_THAT(test::error_message([&] { RunTransaction run(store, rank_spec(999), "2025-03-01T10:00:00Z"); }),
               Contains(test::by_backend("FOREIGN KEY constraint failed", "violates foreign key constraint")));
    CHECK(store.list_runs().empty());
}

TEST_CASE("a run that fails midway leaves only its failed run row") {
    Store store(test::fresh_database_url());
    store.session() << "CREATE TABLE test_rows (id BIGINT NOT NULL PRIMARY KEY, label TEXT)";
    const std::string input = "<candidature/>", output = "pos;cf\n";
    std::int64_t run_id = 0;
    std::string expected_message;

    SECTION("fail() with a message") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("candidature", "c.xml", input);
        run.add_output("graduatoria", "g.csv", output);
        BulkWriter rows = run.bulk_writer("test_rows", {"id", "label"});
        rows.add_row({std::int64_t{1}, std::string("one")});
        rows.finish();
        run.fail("criteria file missing");
        expected_message = "criteria file missing";
    }
    SECTION("an exception leaves the scope while a bulk write is open") {
        try {
            RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
            run_id = run.run_id();
            run.add_input("candidature", "c.xml", input);
            run.add_output("graduatoria", "g.csv", output);
            BulkWriter rows = run.bulk_writer("test_rows", {"id", "label"});
            rows.add_row({std::int64_t{1}, std::string("one")});
            throw std::runtime_error("scoring failed");
        } catch (const std::runtime_error&) {
        }
        expected_message = "interrupted by an exception during a bulk write";
    }
    SECTION("fail() while a bulk write is open") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("candidature", "c.xml", input);
        BulkWriter rows = run.bulk_writer("test_rows", {"id", "label"});
        rows.add_row({std::int64_t{1}, std::string("one")});
        run.fail("stopped by the operator");
        CHECK_THROWS_AS(rows.add_row({std::int64_t{2}, std::string("two")}), gradus::InternalError);
        expected_message = "stopped by the operator";
    }
    SECTION("fail() after its stored bytes began going to disk") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("candidature", "c.xml", input);
        run.add_output("graduatoria", "g.csv", output);
        run.start_writeback();  // an early write to disk is not a commit: the rollback takes it all back
        BulkWriter rows = run.bulk_writer("test_rows", {"id", "label"});
        rows.add_row({std::int64_t{1}, std::string("one")});
        rows.finish();
        run.fail("criteria file missing");
        expected_message = "criteria file missing";
    }
    SECTION("destroyed without commit") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("candidature", "c.xml", input);
        expected_message = "abandoned without commit";
    }

    const auto record = store.get_run(run_id);
    REQUIRE(record.has_value());
    CHECK(record->status == RunStatus::failed);
    CHECK(record->message == expected_message);
    CHECK_FALSE(record->inputs_hash.has_value());
    CHECK_FALSE(record->finished_at.has_value());
    CHECK(store.run_files(run_id).empty());
    CHECK_FALSE(store.has_blob(gradus::sha256_hex(input)));
    CHECK_FALSE(store.has_blob(gradus::sha256_hex(output)));
    CHECK(count_rows(store, "blobs") == 0);
    CHECK(count_rows(store, "run_files") == 0);
    CHECK(count_rows(store, "test_rows") == 0);
    CHECK(count_rows(store, "runs") == 1);
}

TEST_CASE("a run written to disk early, twice, commits the same files and rows as one written only at its commit") {
    const std::string url = test::fresh_database_url();
    Store store(url);
    store.session() << "CREATE TABLE early_rows (run_id BIGINT NOT NULL, n BIGINT, label TEXT)";
    std::string candidature;  // several chunks of a blob, so that the early write meets chunked bytes
    for (int i = 0; candidature.size() < 5 * 1024 * 1024; ++i) {
        candidature += "<candidatura protocollo=\"" + std::to_string(i) + "\"/>\n";
    }
    const std::string report = "pos;cf\n1;RSSMRA80A01H501U\n";
    std::int64_t run_id = 0;
    {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("candidature", "c.xml", candidature);
        run.start_writeback();
        BulkWriter rows = run.bulk_writer("early_rows", {"run_id", "n", "label"});
        CHECK_THROWS_AS(run.start_writeback(), gradus::InternalError);  // not while a writer is open
        for (std::int64_t i = 0; i < 1000; ++i) rows.add_row({run_id, i, std::string("row ") + std::to_string(i)});
        rows.finish();
        run.start_writeback();
        run.add_output("graduatoria", "g.csv", report);
        run.commit("2025-03-01T10:00:01Z");
        CHECK_THROWS_AS(run.start_writeback(), gradus::InternalError);  // not after the commit
    }
    Store reopened(url);
    const auto record = reopened.get_run(run_id);
    REQUIRE(record.has_value());
    CHECK(record->status == RunStatus::succeeded);
    CHECK(reopened.get_blob(gradus::sha256_hex(candidature)) == candidature);
    CHECK(reopened.get_blob(gradus::sha256_hex(report)) == report);
    CHECK(count_rows(reopened, "early_rows") == 1000);
    CHECK(verify_store(reopened).problems.empty());
}

TEST_CASE("after a database error the run can only fail, with the database's message") {
    Store store(test::fresh_database_url());
    const std::string duplicate = test::by_backend("UNIQUE constraint failed", "duplicate key value violates unique constraint");
    std::int64_t run_id = 0;
    {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        run_id = run.run_id();
        run.add_input("avviso", "a.xml", "<avviso/>");
        CHECK_THAT(test::error_message([&] { run.add_input("avviso", "a.xml", "<avviso/>"); }), Contains(duplicate));
        CHECK_THAT(test::error_message([&] { run.add_output("graduatoria", "g.csv", "x"); }), Contains("can only fail"));
        CHECK_THAT(test::error_message([&] { run.commit("2025-03-01T10:00:01Z"); }), Contains("can only fail"));
    }
    const auto record = store.get_run(run_id);
    REQUIRE(record.has_value());
    CHECK(record->status == RunStatus::failed);
    CHECK_THAT(record->message.value_or(""), Contains(duplicate));
    CHECK(store.run_files(run_id).empty());
}

TEST_CASE("a run is finished once, and one run at a time per store") {
    Store store(test::fresh_database_url());
    {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        CHECK_THROWS_AS(RunTransaction(store, rank_spec(), "2025-03-01T10:00:00Z"), gradus::InternalError);
        run.commit("2025-03-01T10:00:01Z");
        CHECK_THROWS_AS(run.commit("2025-03-01T10:00:02Z"), gradus::InternalError);
        CHECK_THROWS_AS(run.fail("too late"), gradus::InternalError);
        CHECK_THROWS_AS(run.add_input("avviso", "a.xml", "x"), gradus::InternalError);
    }
    RunTransaction next(store, rank_spec(), "2025-03-01T11:00:00Z");
    next.commit("2025-03-01T11:00:01Z");
    CHECK(store.list_runs().size() == 2);
    CHECK(store.list_runs().front().status == RunStatus::succeeded);
}

TEST_CASE("file roles and names that would blur the files hash are refused") {
    Store store(test::fresh_database_url());
    SECTION("a role with a space") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        CHECK_THAT(test::error_message([&] { run.add_input("avviso pubblico", "a.xml", "x"); }), Contains("role"));
    }
    SECTION("a name with a line break") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        CHECK_THAT(test::error_message([&] { run.add_output("graduatoria", "g.csv\nx y z", "x"); }), Contains("name"));
    }
    SECTION("an empty name") {
        RunTransaction run(store, rank_spec(), "2025-03-01T10:00:00Z");
        CHECK_THAT(test::error_message([&] { run.add_input("avviso", "", "x"); }), Contains("name"));
    }
    CHECK(count_rows(store, "blobs") == 0);
    CHECK(store.list_runs().front().status == RunStatus::failed);
}

// A riesame records the candidature files of the run it revises by their digest: the same files
// hash as if their bytes had been stored again, and nothing is written twice.
TEST_CASE("an input the store holds already is recorded by its digest; an unknown digest fails the run") {
    Store store(test::fresh_database_url());
    std::string sha;
    {
        RunTransaction first(store, rank_spec(), "2025-03-01T10:00:00Z");
        sha = first.add_input("candidature", "c.xml", "<candidature/>");
        first.commit("2025-03-01T10:00:01Z");
    }
    std::int64_t by_digest = 0, by_bytes = 0;
    {
        RunTransaction run(store, rank_spec(1), "2025-03-02T10:00:00Z");
        by_digest = run.run_id();
        run.add_stored_input("candidature", "c.xml", sha);
        run.add_input("avviso", "a.xml", "<avviso/>");
        run.commit("2025-03-02T10:00:01Z");
    }
    {
        RunTransaction run(store, rank_spec(1), "2025-03-03T10:00:00Z");
        by_bytes = run.run_id();
        run.add_input("candidature", "c.xml", "<candidature/>");
        run.add_input("avviso", "a.xml", "<avviso/>");
        run.commit("2025-03-03T10:00:01Z");
    }
    CHECK(store.run_files(by_digest) == store.run_files(by_bytes));
    CHECK(store.get_run(by_digest)->inputs_hash == store.get_run(by_bytes)->inputs_hash);
    CHECK(count_rows(store, "blobs") == 2);

    std::int64_t unknown = 0;
    {
        RunTransaction run(store, rank_spec(1), "2025-03-04T10:00:00Z");
        unknown = run.run_id();
        CHECK_THAT(test::error_message([&] { run.add_stored_input("candidature", "c.xml", std::string(64, '0')); }),
                   Contains("holds no file with sha256 " + std::string(64, '0')));
        CHECK_THAT(test::error_message([&] { run.commit("2025-03-04T10:00:01Z"); }), Contains("can only fail"));
    }
    CHECK(store.get_run(unknown)->status == RunStatus::failed);
    CHECK(store.run_files(unknown).empty());
}

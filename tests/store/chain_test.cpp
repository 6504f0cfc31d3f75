// The tamper-evident chain of runs (issue 8): every succeeded run links to the previous one's
// manifest, and verify_store names the first stored thing that no longer matches.

#include "test_database.hpp"

#include <gradus/core/sha256.hpp>
#include <gradus/store/run_chain.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>
#include <gradus/store/verify.hpp>

#include <soci/soci.h>

#include <algorithm>

using namespace gradus::store;
using Catch::Matchers::Contains;

namespace {

void create_results_table(Store& store) {
    store.session() << "CREATE TABLE chain_results (run_id BIGINT NOT NULL, n BIGINT, label TEXT)";
}

std::int64_t committed_run(Store& store, const std::string& output, int rows) {
    RunTransaction run(store, {"test", "0.1.0", gradus::Date::from_ymd(2026, 1, 31), "k=v\n", {}}, "2026-01-31T10:00:00Z");
    run.add_input("in", "input.txt", "input of " + output);
    run.add_output("out", "output.txt", output);
    auto writer = run.bulk_writer("chain_results", {"run_id", "n", "label"});
    for (int i = 0; i < rows; ++i) writer.add_row({run.run_id(), std::int64_t{i}, std::string(i % 2 ? "a\tb" : "")});
    writer.finish();
    run.commit("2026-01-31T10:00:01Z");
    return run.run_id();
}

}  // namespace

TEST_CASE("runs are chained in commit order and verify finds everything intact") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    const auto first = committed_run(store, "one", 3);
    const auto second = committed_run(store, "two", 2);
    std::string previous;
    store.session() << "SELECT previous_manifest FROM runs WHERE id = " << second, soci::into(previous);
    std::string first_manifest;
    store.session() << "SELECT manifest_hash FROM runs WHERE id = " << first, soci::into(first_manifest);
    CHECK(previous == first_manifest);

    const auto report = verify_store(store);
    CHECK(report.problems.empty());
    CHECK(report.runs == 2);
    CHECK(report.rows == 5);
    CHECK(report.blobs == 4);
    CHECK(report.head.size() == 64);
}

TEST_CASE("a failed run is not part of the chain") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    {
        RunTransaction run(store, {"test", "0.1.0", gradus::Date::from_ymd(2026, 1, 31), "", {}}, "t");
        run.fail("stopped");
    }
    committed_run(store, "one", 1);
    long long linked = 0;
    store.session() << "SELECT COUNT(*) FROM runs WHERE chain_seq IS NOT NULL", soci::into(linked);
    CHECK(linked == 1);
    CHECK(verify_store(store).problems.empty());
}

TEST_CASE("verify names a changed result row") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    const auto run = committed_run(store, "one", 3);
    store.session() << "UPDATE chain_results SET label = 'x' WHERE n = 1";
    const auto report = verify_store(store);
    REQUIRE(report.problems.size() == 1);
    CHECK_THAT(report.problems[0], Contains("run " + std::to_string(run)) && Contains("result rows"));
}

TEST_CASE("verify names result rows that no run of the chain accounts for") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    const auto chained = committed_run(store, "one", 2);
    std::int64_t failed = 0;
    {
        RunTransaction run(store, {"test", "0.1.0", gradus::Date::from_ymd(2026, 1, 31), "", {}}, "t");
        failed = run.run_id();
        run.fail("stopped");
    }
    REQUIRE(verify_store(store).problems.empty());
    const auto insert = [&](std::int64_t run_id, const std::string& protocollo) {
        store.session() << "INSERT INTO art16_graduatoria (run_id, posizione, protocollo, codice_fiscale, esito)"
                           " VALUES (" + std::to_string(run_id) + ", 1, '" + protocollo + "', 'RSSMRA80A01H501U', 'idonea')";
    };
    insert(failed, "P1");
    insert(failed, "P2");
    insert(chained, "P3");
    insert(999999, "P4");  // no such run: the result tables keep no foreign key to runs
    const auto report = verify_store(store);
    REQUIRE(report.problems.size() == 3);
    CHECK(report.problems[0] == "1 rows of art16_graduatoria belong to run " + std::to_string(chained) + ", which wrote none there");
    CHECK(report.problems[1] == "2 rows of art16_graduatoria belong to run " + std::to_string(failed) + ", which is not in the chain");
    CHECK(report.problems[2] == "1 rows of art16_graduatoria belong to run 999999, which is not in the chain");
}

TEST_CASE("verify names a changed byte of a stored file") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    committed_run(store, "one", 1);
    const std::string sha = gradus::sha256_hex("one");
    if (test::test_backend() == Backend::sqlite) {
        store.session() << "UPDATE blobs SET bytes = CAST('onf' AS BLOB) WHERE sha256 = '" + sha + "'";
    } else {
        store.session() << "UPDATE blobs SET bytes = 'onf'::bytea WHERE sha256 = '" + sha + "'";
    }
    const auto report = verify_store(store);
    REQUIRE(report.problems.size() == 1);
    CHECK_THAT(report.problems[0], Contains("blob " + sha));
}

TEST_CASE("verify names a run whose record, files or links were edited") {
    Store store(test::fresh_database_url());
    create_results_table(store);
    const auto first = committed_run(store, "one", 1);
    const auto second = committed_run(store, "two", 1);

    SECTION("options changed") {
        store.session() << "UPDATE runs SET options = 'k=w\n' WHERE id = " << first;
        const auto report = verify_store(store);
        REQUIRE_FALSE(report.problems.empty());
        CHECK_THAT(report.problems[0], Contains("run " + std::to_string(first)) && Contains("manifest"));
    }
    SECTION("an output file swapped") {
        store.session() << "UPDATE run_files SET sha256 = '" + gradus::sha256_hex("two") + "' WHERE run_id = " << first
                        << " AND direction = 'out'";
        const auto report = verify_store(store);
        REQUIRE_FALSE(report.problems.empty());
        CHECK_THAT(report.problems[0], Contains("output files"));
    }
    SECTION("a link rewritten") {
        store.session() << "UPDATE runs SET manifest_hash = '" + std::string(64, '0') + "' WHERE id = " << first;
        const auto report = verify_store(store);
        REQUIRE_FALSE(report.problems.empty());
        CHECK_THAT(report.problems[0], Contains("run " + std::to_string(first)) && Contains("manifest"));
        CHECK_THAT(report.problems[1], Contains("run " + std::to_string(second)) && Contains("previous link"));
    }
}

TEST_CASE("row digests do not depend on the order of the columns") {
    const std::vector<Cell> row = {std::int64_t{1}, std::string("x\ny"), std::monostate{}};
    CHECK(row_digest_line("t", {"a", "b", "c"}, row) ==
          row_digest_line("t", {"c", "a", "b"}, {std::monostate{}, std::int64_t{1}, std::string("x\ny")}));
    CHECK(row_digest_line("t", {"a", "b", "c"}, row) == "t\ta=i1\tb=sx\\ny\tc=n");
}

TEST_CASE("rows_hash is the SHA-256 of the row digests in hex, sorted, one per line") {
    std::vector<gradus::Sha256Digest> digests;
    std::vector<std::string> hex;
    gradus::Sha256 hash;
    for (const char* text : {"b", "a", "c", "row 10", "row 9"}) {
        hash.update(text);
        digests.push_back(hash.digest());
        hex.push_back(gradus::sha256_hex(text));
    }
    std::sort(hex.begin(), hex.end());
    std::string lines;
    for (const auto& h : hex) lines += h + "\n";
    CHECK(rows_hash(digests) == gradus::sha256_hex(lines));
    std::reverse(digests.begin(), digests.end());
    CHECK(rows_hash(digests) == gradus::sha256_hex(lines));
}

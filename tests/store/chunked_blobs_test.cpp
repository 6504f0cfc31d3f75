#include "test_database.hpp"

#include <gradus/core/sha256.hpp>
#include <gradus/store/dialect.hpp>
#include <gradus/store/migrations.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>
#include <gradus/store/verify.hpp>

#include <soci/soci.h>

#include <filesystem>
#include <fstream>

using namespace gradus::store;
using Catch::Matchers::Contains;

namespace {

RunSpec a_spec() { return {"ingest", "0.1.0", gradus::Date::from_ymd(2025, 1, 31), "", std::nullopt}; }

// `size` bytes in which every 7-byte chunk differs from the others, NUL and 0xFF included.
std::string varied_bytes(std::size_t size) {
    std::string bytes;
    for (std::size_t i = 0; i < size; ++i) bytes.push_back(static_cast<char>((i * 37 + i / 7) % 256));
    return bytes;
}

// Keeps each piece it is given, to see how a blob is streamed back.
class PiecesSink final : public gradus::ByteSink {
public:
    void write(std::string_view bytes) override { pieces.emplace_back(bytes); }
    std::string joined() const {
        std::string all;
        for (const auto& p : pieces) all += p;
        return all;
    }
    std::vector<std::string> pieces;
};

long long count_of(Store& store, const std::string& table) {
    long long count = 0;
    store.session() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

// Writes `bytes` as one output of a new committed run, in pieces of 1, 2, 3, ... bytes.
std::string store_in_pieces(Store& store, const std::string& bytes, const std::string& name = "out.bin") {
    RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
    auto writer = run.output_writer("report", name);
    std::size_t at = 0;
    for (std::size_t piece = 1; at < bytes.size(); ++piece) {
        const std::size_t n = std::min(piece, bytes.size() - at);
        writer.write(std::string_view(bytes).substr(at, n));
        writer.write({});
        at += n;
    }
    std::string sha = writer.finish();
    run.commit("2025-01-31T08:00:01Z");
    return sha;
}

}  // namespace

TEST_CASE("a blob larger than one chunk is stored in chunks and streams back in order") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(7);
    const std::string bytes = varied_bytes(100);
    const std::string sha = store_in_pieces(store, bytes);
    CHECK(sha == gradus::sha256_hex(bytes));

    CHECK(count_of(store, "blob_chunks") == 15);  // 14 chunks of 7 bytes and one of 2
    long long size = 0, chunk_count = 0, stored_bytes = -1;
    store.session() << "SELECT size, chunk_count, LENGTH(bytes) FROM blobs WHERE sha256 = :sha", soci::use(sha),
        soci::into(size), soci::into(chunk_count), soci::into(stored_bytes);
    CHECK(size == 100);
    CHECK(chunk_count == 15);
    CHECK(stored_bytes == 0);

    PiecesSink sink;
    REQUIRE(store.read_blob(sha, sink));
    CHECK(sink.pieces.size() == 15);
    CHECK(sink.pieces.front().size() == 7);
    CHECK(sink.pieces.back().size() == 2);
    CHECK(sink.joined() == bytes);
    CHECK(store.get_blob(sha) == bytes);
    CHECK(verify_store(store).problems.empty());

    PiecesSink none;
    CHECK_FALSE(store.read_blob(std::string(64, '0'), none));
    CHECK(none.pieces.empty());
}

TEST_CASE("a blob of at most one chunk stays whole, and exact multiples of a chunk leave no empty chunk") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(7);
    const std::string one_chunk = varied_bytes(7), three_chunks = varied_bytes(21);
    const std::string sha_one = store_in_pieces(store, one_chunk, "one.bin");
    CHECK(count_of(store, "blob_chunks") == 0);
    const std::string sha_three = store_in_pieces(store, three_chunks, "three.bin");
    CHECK(count_of(store, "blob_chunks") == 3);
    long long shortest = 0;
    store.session() << "SELECT MIN(LENGTH(bytes)) FROM blob_chunks", soci::into(shortest);
    CHECK(shortest == 7);
    CHECK(store.get_blob(sha_one) == one_chunk);
    CHECK(store.get_blob(sha_three) == three_chunks);
}

TEST_CASE("identical chunked blobs are stored once, in one run and across runs, without stray chunks") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(7);
    const std::string bytes = varied_bytes(50);
    const std::string first = store_in_pieces(store, bytes);
    {
        RunTransaction run(store, a_spec(), "2025-01-31T09:00:00Z");
        CHECK(run.add_input("candidature", "again.bin", bytes) == first);
        auto writer = run.output_writer("report", "copy.bin");
        writer.write(bytes);
        CHECK(writer.finish() == first);
        run.commit("2025-01-31T09:00:01Z");
    }
    CHECK(count_of(store, "blobs") == 1);
    CHECK(count_of(store, "blob_chunks") == 8);
    CHECK(count_of(store, "run_files") == 3);
    CHECK(store.get_blob(first) == bytes);
    CHECK(verify_store(store).problems.empty());
}

TEST_CASE("a failed run leaves no chunk behind") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(7);
    std::int64_t run_id = 0;
    SECTION("the run fails after a finished blob and an unfinished one") {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        run_id = run.run_id();
        run.add_output("report", "done.bin", varied_bytes(40));
        auto writer = run.output_writer("report", "half.bin");
        writer.write(varied_bytes(30));
        run.fail("stopped by the test");
    }
    SECTION("a writer abandoned before finish() makes the run fail") {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        run_id = run.run_id();
        {
            auto writer = run.input_writer("candidature", "half.bin");
            writer.write(varied_bytes(30));
        }
        CHECK_THAT(test::error_message([&] { run.commit("2025-01-31T08:00:01Z"); }),
                   Contains("a blob writer was abandoned before finish()"));
    }
    CHECK(store.get_run(run_id)->status == RunStatus::failed);
    CHECK(count_of(store, "blob_chunks") == 0);
    CHECK(count_of(store, "blobs") == 0);
    CHECK(count_of(store, "run_files") == 0);
}

TEST_CASE("a writer keeps the run to itself until it finishes") {
    Store store(test::fresh_database_url());
    RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
    auto writer = run.output_writer("report", "a.bin");
    CHECK_THROWS_AS(run.add_input("avviso", "avviso.xml", "x"), gradus::InternalError);
    writer.write("abc");
    CHECK(writer.finish() == gradus::sha256_hex("abc"));
    CHECK_THROWS_AS(writer.write("more"), gradus::InternalError);
    CHECK_THAT(test::error_message([&] { run.output_writer("bad role", "a.bin"); }), Contains("without spaces"));
}

TEST_CASE("an input file is streamed from disk in chunks") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(64);
    const std::string bytes = varied_bytes(1000);
    const auto path = std::filesystem::temp_directory_path() / "gradus-chunked-input.bin";
    std::ofstream(path, std::ios::binary) << bytes;
    RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
    CHECK(run.add_input_file("candidature", "c.bin", path) == gradus::sha256_hex(bytes));
    std::filesystem::remove(path);
    CHECK_THAT(test::error_message([&] { run.add_input_file("candidature", "missing.bin", path); }),
               Contains("cannot open"));
    run.fail("the file went missing");
    CHECK(count_of(store, "blob_chunks") == 0);
}

TEST_CASE("an input file streamed from disk is kept and read back") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(64);
    const std::string bytes = varied_bytes(1000);
    const auto path = std::filesystem::temp_directory_path() / "gradus-chunked-input-kept.bin";
    std::ofstream(path, std::ios::binary) << bytes;
    std::string sha;
    {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        sha = run.add_input_file("candidature", "c.bin", path);
        run.commit("2025-01-31T08:00:01Z");
    }
    std::filesystem::remove(path);
    CHECK(count_of(store, "blob_chunks") == 16);
    CHECK(store.get_blob(sha) == bytes);
}

TEST_CASE("verify finds a missing, reordered, altered or stray chunk") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(7);
    const std::string sha = store_in_pieces(store, varied_bytes(35));  // chunks 0 to 4
    REQUIRE(verify_store(store).problems.empty());
    std::string key;
    store.session() << "SELECT chunk_key FROM blobs WHERE sha256 = :sha", soci::use(sha), soci::into(key);
    soci::session& sql = store.session();
    std::string expected;
    SECTION("missing") {
        sql << "DELETE FROM blob_chunks WHERE seq = 2";
        expected = "blob " + sha + ": chunk 2 of 5 is missing";
    }
    SECTION("reordered") {
        sql << "UPDATE blob_chunks SET seq = -1 WHERE seq = 0";
        sql << "UPDATE blob_chunks SET seq = 0 WHERE seq = 1";
        sql << "UPDATE blob_chunks SET seq = 1 WHERE seq = -1";
        expected = "blob " + sha + ": its bytes do not match its hash";
    }
    SECTION("altered") {
        sql << "UPDATE blob_chunks SET bytes = (SELECT bytes FROM blob_chunks WHERE seq = 0) WHERE seq = 3";
        expected = "blob " + sha + ": its bytes do not match its hash";
    }
    SECTION("one chunk too many") {
        sql << "INSERT INTO blob_chunks (chunk_key, seq, bytes) SELECT chunk_key, 5, bytes FROM blob_chunks WHERE seq = 0";
        expected = "1 blob chunks belong to no blob";
    }
    const VerifyReport report = verify_store(store);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front() == expected);
    if (expected.find("missing") != std::string::npos) {
        CHECK_THAT(test::error_message([&] { store.get_blob(sha); }), Contains("chunk 2 of 5 is missing"));
    }
}

TEST_CASE("a whole blob written before chunks existed still reads and verifies") {
    const std::string url = test::fresh_database_url();
    const std::string bytes = "old layout\n";
    {
        // The schema at version 7, with a blob as those migrations stored it.
        const DatabaseUrl database = parse_database_url(url);
        const auto dialect = make_dialect(database.backend);
        const auto session = dialect->connect(database.connection);
        *session << "CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL)";
        for (int version = 1; version <= 7; ++version) {
            const Migration& migration = migrations()[static_cast<std::size_t>(version - 1)];
            for (const auto& statement : migration.statements) *session << render_statement(statement, database.backend);
            *session << "INSERT INTO schema_migrations (version, name) VALUES (:version, :name)", soci::use(version),
                soci::use(migration.name);
        }
        const std::string sha = gradus::sha256_hex(bytes);
        *session << "INSERT INTO blobs (sha256, size, bytes) VALUES (:sha, 11, " +
                        test::by_backend("X'6f6c64206c61796f75740a'", "'\\x6f6c64206c61796f75740a'::bytea") + ")",
            soci::use(sha);
    }
    Store store(url);
    CHECK(store.schema_version() == static_cast<int>(migrations().size()));
    const std::string sha = gradus::sha256_hex(bytes);
    CHECK(store.get_blob(sha) == bytes);
    PiecesSink sink;
    REQUIRE(store.read_blob(sha, sink));
    CHECK(sink.pieces == std::vector<std::string>{bytes});
    const VerifyReport report = verify_store(store);
    CHECK(report.blobs == 1);
    CHECK(report.problems.empty());

    store.set_blob_chunk_size(4);  // the same bytes in a new run: the whole blob is reused
    {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        CHECK(run.add_input("data", "again.txt", bytes) == sha);
        run.commit("2025-01-31T08:00:01Z");
    }
    CHECK(count_of(store, "blobs") == 1);
    CHECK(count_of(store, "blob_chunks") == 0);
    CHECK(store.get_blob(sha) == bytes);
}

// PostgreSQL holds whole blobs and run_files rows back and sends them a thousand at a time; SQLite
// inserts each at once. Either way every read in the run sees every file recorded so far, and a
// known chunked blob rolled back to its savepoint takes none of the rows before it.
TEST_CASE("a run of thousands of files: repeated bytes, reads in the middle, a known chunked blob after them") {
    Store store(test::fresh_database_url());
    store.set_blob_chunk_size(64);
    const std::string large = varied_bytes(200);  // 4 chunks
    const std::string known = store_in_pieces(store, large, "first.bin");
    std::int64_t run_id = 0;
    {
        RunTransaction run(store, a_spec(), "2025-01-31T09:00:00Z");
        run_id = run.run_id();
        for (int i = 0; i < 2500; ++i) {
            // Every tenth file has the same bytes: one blob, many run_files rows, in one statement.
            const std::string bytes = i % 10 == 0 ? std::string("same") : "file " + std::to_string(i);
            run.add_input("prospetto", "p-" + std::to_string(10000 + i) + ".xml", bytes);
        }
        CHECK(store.run_files(run_id).size() == 2500);
        CHECK(store.has_blob(gradus::sha256_hex("file 2499")));
        for (int i = 0; i < 10; ++i) run.add_output("report", "r-" + std::to_string(i) + ".csv", "row " + std::to_string(i));
        auto writer = run.output_writer("report", "copy.bin");
        writer.write(large);
        CHECK(store.has_blob(known));  // a read inside the blob's savepoint
        CHECK(writer.finish() == known);
        run.commit("2025-01-31T09:00:01Z");
    }
    CHECK(store.run_files(run_id).size() == 2511);
    CHECK(count_of(store, "run_files") == 2512);
    CHECK(count_of(store, "blobs") == 1 + 1 + 2250 + 10);  // the chunked one, "same", the others, the reports
    CHECK(count_of(store, "blob_chunks") == 4);
    CHECK(store.get_blob(gradus::sha256_hex("row 9")) == std::string("row 9"));
    CHECK(verify_store(store).problems.empty());
}

// A row the database refuses fails the run with the database's own message, whether it went in
// when added (SQLite) or was held back and sent by a read in the middle of the run (PostgreSQL).
TEST_CASE("a file row the database refuses fails the run with the database's message, held back or not") {
    Store store(test::fresh_database_url());
    if (test::test_backend() == Backend::sqlite) {
        store.session() << "CREATE TRIGGER refuse_bad BEFORE INSERT ON run_files WHEN NEW.name = 'bad.xml'"
                           " BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END";
    } else {
        store.session() << "CREATE FUNCTION refuse_bad() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'refused by the test trigger'; END $$";
        store.session() << "CREATE TRIGGER refuse_bad BEFORE INSERT ON run_files FOR EACH ROW"
                           " WHEN (NEW.name = 'bad.xml') EXECUTE FUNCTION refuse_bad()";
    }
    std::int64_t run_id = 0;
    {
        RunTransaction run(store, a_spec(), "2025-01-31T09:00:00Z");
        run_id = run.run_id();
        run.add_input("prospetto", "good.xml", "good");
        const std::string first = test::error_message([&] {
            run.add_input("prospetto", "bad.xml", "bad");
            store.has_blob(gradus::sha256_hex("bad"));
        });
        CHECK_THAT(first, Contains("refused by the test trigger"));
        CHECK_THAT(test::error_message([&] { run.add_input("prospetto", "later.xml", "later"); }),
                   Contains("can only fail after this error") && Contains("refused by the test trigger"));
        CHECK_THAT(test::error_message([&] { run.commit("2025-01-31T09:00:01Z"); }),
                   Contains("refused by the test trigger"));
    }
    const auto record = store.get_run(run_id);
    REQUIRE(record.has_value());
    CHECK(record->status == RunStatus::failed);
    CHECK_THAT(record->message.value_or(""), Contains("refused by the test trigger"));
    CHECK(store.run_files(run_id).empty());
    CHECK(count_of(store, "blobs") == 0);
}

// PostgreSQL sends its held rows when 16 MiB of blob bytes wait, before the thousand rows.
TEST_CASE("twenty whole blobs of one MiB each are all stored and read back") {
    Store store(test::fresh_database_url());
    std::vector<std::string> shas;
    {
        RunTransaction run(store, a_spec(), "2025-01-31T09:00:00Z");
        for (int i = 0; i < 20; ++i) {
            std::string bytes = varied_bytes(Store::default_blob_chunk_size);
            bytes[static_cast<std::size_t>(i)] = 'x';
            shas.push_back(run.add_input("candidature", "c-" + std::to_string(10 + i) + ".xml", bytes));
        }
        run.commit("2025-01-31T09:00:01Z");
    }
    CHECK(count_of(store, "blobs") == 20);
    CHECK(count_of(store, "blob_chunks") == 0);  // one chunk's size stays whole
    for (int i = 0; i < 20; ++i) {
        const auto bytes = store.get_blob(shas[static_cast<std::size_t>(i)]);
        REQUIRE(bytes.has_value());
        CHECK(bytes->size() == Store::default_blob_chunk_size);
        CHECK((*bytes)[static_cast<std::size_t>(i)] == 'x');
    }
    CHECK(verify_store(store).problems.empty());
}

// A stored run's input files read back a chunk at a time, as a replay or a riesame parses them,
// so that a national file (hundreds of MB) is never held whole.

#include "test_database.hpp"

#include "gradus/app/art16_job.hpp"
#include "gradus/app/art16_record.hpp"
#include "gradus/app/mirato_job.hpp"
#include "gradus/app/mirato_record.hpp"
#include "gradus/app/stored_art16_run.hpp"
#include "gradus/app/stored_blob_source.hpp"
#include "gradus/app/stored_documents.hpp"
#include "gradus/app/stored_mirato_run.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <soci/soci.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace gradus;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};
const std::filesystem::path demo = source / "fixtures/art16/demo";

store::RunSpec a_spec() { return {"ingest", "0.1.0", Date::from_ymd(2025, 1, 31), "", std::nullopt}; }

// `size` bytes in which neighbouring chunks differ, NUL and 0xFF included.
std::string varied_bytes(std::size_t size, unsigned seed) {
    std::string bytes;
    for (std::size_t i = 0; i < size; ++i) bytes.push_back(static_cast<char>((i * 37 + i / 7 + seed) % 256));
    return bytes;
}

// Stores each of `blobs` as an input of one committed run; returns their digests.
std::vector<std::string> store_inputs(store::Store& db, const std::vector<std::string>& blobs) {
    store::RunTransaction run(db, a_spec(), "2025-01-31T08:00:00Z");
    std::vector<std::string> digests;
    for (std::size_t i = 0; i < blobs.size(); ++i) {
        digests.push_back(run.add_input("dati", "file-" + std::to_string(i) + ".bin", blobs[i]));
    }
    run.commit("2025-01-31T08:00:01Z");
    return digests;
}

// Everything `source` gives, read `step` bytes at a time.
std::string drain(ByteSource& from, std::size_t step) {
    std::string all;
    std::string buffer(step, '\0');
    while (const std::size_t n = from.read(reinterpret_cast<unsigned char*>(buffer.data()), step)) {
        all.append(buffer, 0, n);
    }
    return all;
}

std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> rendered(const std::vector<app::OutputDocument>& outputs) {
    std::vector<std::string> documents;
    for (const auto& document : outputs) {
        StringSink sink;
        document.render(sink);
        documents.push_back(document.name + "\n" + sink.take());
    }
    return documents;
}

}  // namespace

TEST_CASE("a blob is read a piece at a time: each chunk in order, or the whole blob as its one piece") {
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(7);
    const std::string chunked = varied_bytes(100, 0), whole = varied_bytes(7, 1);
    const auto digests = store_inputs(db, {chunked, whole});

    const auto shape = db.blob_shape(digests[0]);
    REQUIRE(shape);
    CHECK(shape->size == 100);
    CHECK(shape->chunk_count == 15);  // 14 chunks of 7 bytes and one of 2
    CHECK(shape->pieces() == 15);
    std::string joined;
    for (std::int64_t piece = 0; piece < shape->pieces(); ++piece) {
        StringSink sink;
        db.read_blob_piece(digests[0], *shape, piece, sink);
        CHECK(sink.bytes() == chunked.substr(static_cast<std::size_t>(piece) * 7, 7));
        joined += sink.bytes();
    }
    CHECK(joined == chunked);

    const auto whole_shape = db.blob_shape(digests[1]);
    REQUIRE(whole_shape);
    CHECK(whole_shape->size == 7);
    CHECK(whole_shape->chunk_count == 0);
    CHECK(whole_shape->pieces() == 1);
    StringSink sink;
    db.read_blob_piece(digests[1], *whole_shape, 0, sink);
    CHECK(sink.bytes() == whole);

    CHECK_FALSE(db.blob_shape(std::string(64, '0')));

    db.session() << "DELETE FROM blob_chunks WHERE seq = 3";
    StringSink lost;
    CHECK_THAT(store::test::error_message([&] { db.read_blob_piece(digests[0], *shape, 3, lost); }),
               Contains("chunk 3 of 15 is missing"));
}

TEST_CASE("stored files are pulled a chunk at a time by readers on two threads sharing the store's one connection") {
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(1000);
    const std::vector<std::string> blobs{varied_bytes(250'000, 2), varied_bytes(180'001, 3)};
    const auto digests = store_inputs(db, blobs);

    const auto connection = std::make_shared<std::mutex>();
    std::vector<std::string> read(2);
    std::vector<std::uintmax_t> sizes(2);
    {
        // Read sizes that never meet a chunk's edge, so pieces are split and joined.
        std::jthread first([&] {
            app::StoredBlobSource blob(db, connection, digests[0], "dati 'file-0.bin'");
            sizes[0] = blob.size();
            read[0] = drain(blob, 333);
        });
        std::jthread second([&] {
            app::StoredBlobSource blob(db, connection, digests[1], "dati 'file-1.bin'");
            sizes[1] = blob.size();
            read[1] = drain(blob, 4099);
        });
    }
    CHECK(sizes[0] == 250'000);
    CHECK(sizes[1] == 180'001);
    CHECK(read[0] == blobs[0]);
    CHECK(read[1] == blobs[1]);

    CHECK_THROWS_WITH(app::StoredBlobSource(db, connection, std::string(64, 'a'), "dati 'lost.bin'"),
                      Contains("of dati 'lost.bin' is missing"));
}

TEST_CASE("a ranking whose candidature were stored in chunks is recomputed from them to the same bytes") {
    const auto catalogue = xml::read_criteria_dir(source / "criteria", source / "schemas");
    const app::Art16Inputs inputs{app::NamedBytes{"avviso.xml", bytes_of(demo / "avviso.xml")},
                                  {{"candidature-1.xml", demo / "candidature-1.xml", {}, {}, {}},
                                   {"candidature-2.xml", demo / "candidature-2.xml", {}, {}, {}}},
                                  {}};
    const auto outcome = app::run_art16(inputs, {}, catalogue, source / "schemas");
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(4096);  // each 134 KB file in some 33 chunks
    std::vector<std::string> stages;
    app::Art16RecordOptions record;
    record.stage_done = [&stages](std::string_view stage) { stages.emplace_back(stage); };
    const auto id =
        app::record_art16_run(db, inputs, outcome, "2026-03-24T08:00:00Z", [] { return "2026-03-24T08:00:05Z"; }, record);
    CHECK(stages == std::vector<std::string>{"inputs", "rows", "reports", "commit"});  // as --timings shows them
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM blob_chunks") > 60);

    const auto stored = app::load_art16_run(db, id, source / "schemas");
    REQUIRE(stored.inputs.candidature.size() == 2);
    CHECK(stored.inputs.candidature[0].bytes.empty());  // nothing held: pulled when parsed
    const auto again = app::run_art16(stored.inputs, stored.settings, {}, source / "schemas");
    CHECK(again.candidature_sha256 == outcome.candidature_sha256);
    CHECK(again.candidature_sha256[0] == sha256_hex(bytes_of(demo / "candidature-1.xml")));
    CHECK(rendered(app::art16_documents(again)) == rendered(app::art16_documents(outcome)));

    SECTION("a stored chunk that was altered gives another digest, which the new run refuses to record") {
        db.session() << "UPDATE blob_chunks SET bytes = (SELECT bytes FROM blob_chunks WHERE seq = 0 AND chunk_key ="
                        " (SELECT chunk_key FROM blobs WHERE sha256 = '" + outcome.candidature_sha256[1] + "'))"
                        " WHERE seq = 5 AND chunk_key = (SELECT chunk_key FROM blobs WHERE sha256 = '" +
                            outcome.candidature_sha256[1] + "')";
        const auto tampered = app::run_art16(stored.inputs, stored.settings, {}, source / "schemas");
        CHECK(tampered.candidature_sha256[0] == outcome.candidature_sha256[0]);
        CHECK(tampered.candidature_sha256[1] != outcome.candidature_sha256[1]);
        app::Art16RecordOptions record;
        record.parent_run = id;
        CHECK_THAT(store::test::error_message([&] {
                       app::record_art16_run(db, stored.inputs, tampered, "2026-03-24T09:00:00Z",
                                             [] { return "2026-03-24T09:00:05Z"; }, record);
                   }),
                   Contains("candidature-2.xml") && Contains("changed while the run was reading it"));
    }
}

TEST_CASE("an input read from a stored copy is recorded by its digest, never as the bytes it does not hold") {
    store::Store db(store::test::fresh_database_url());
    store::RunTransaction run(db, a_spec(), "2025-01-31T08:00:00Z");
    const app::InputDocument no_digest{"candidature-1.xml", {}, {}, [] { return std::unique_ptr<ByteSource>(); }, {}};
    CHECK_THROWS_AS(app::store_input(run, "candidature", no_digest, sha256_hex("")), InternalError);
}

TEST_CASE("a blob stored whole, and an empty one, are read through the same source") {
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(1000);
    const std::vector<std::string> blobs{varied_bytes(999, 4), std::string()};
    const auto digests = store_inputs(db, blobs);
    const auto connection = std::make_shared<std::mutex>();
    app::StoredBlobSource whole(db, connection, digests[0], "dati 'file-0.bin'");
    CHECK(whole.size() == 999);
    CHECK(drain(whole, 100) == blobs[0]);
    app::StoredBlobSource empty(db, connection, digests[1], "dati 'file-1.bin'");
    CHECK(empty.size() == 0);
    CHECK(drain(empty, 100).empty());
}

TEST_CASE("a stored candidature file that lost a chunk, or its blob, fails the recomputation with the store's error") {
    const auto catalogue = xml::read_criteria_dir(source / "criteria", source / "schemas");
    const app::Art16Inputs inputs{app::NamedBytes{"avviso.xml", bytes_of(demo / "avviso.xml")},
                                  {{"candidature-1.xml", demo / "candidature-1.xml", {}, {}, {}}},
                                  {}};
    const auto outcome = app::run_art16(inputs, {}, catalogue, source / "schemas");
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(4096);
    const auto id = app::record_art16_run(db, inputs, outcome, "2026-03-24T08:00:00Z", [] { return "2026-03-24T08:00:05Z"; });
    const auto stored = app::load_art16_run(db, id, source / "schemas");
    const std::string sha = outcome.candidature_sha256[0];
    SECTION("a chunk: an Error naming it, not a refused record") {
        db.session() << "DELETE FROM blob_chunks WHERE seq = 7";
        CHECK_THAT(store::test::error_message([&] { app::run_art16(stored.inputs, stored.settings, {}, source / "schemas"); }),
                   Contains("blob " + sha + ": chunk 7 of") && Contains("is missing"));
    }
    SECTION("the blob: an internal error naming the file") {
        db.session() << "DELETE FROM blob_chunks";
        db.session() << "DELETE FROM run_files WHERE sha256 = '" + sha + "'";
        db.session() << "DELETE FROM blobs WHERE sha256 = '" + sha + "'";
        CHECK_THROWS_WITH(app::run_art16(stored.inputs, stored.settings, {}, source / "schemas"),
                          Contains("of candidature 'candidature-1.xml' is missing"));
    }
}

TEST_CASE("a mirato graduatoria whose lists were stored in chunks is recomputed from them to the same bytes") {
    const auto schemas = source / "schemas";
    const auto lists = source / "fixtures/mirato/torino-iscritti.xml";
    const app::MiratoInputs inputs{{"torino-iscritti.xml", lists, {}, {}, {}}, std::nullopt};
    app::MiratoSettings settings;
    settings.reference_date = Date::from_ymd(2026, 3, 1);
    settings.allow_unknown = true;
    const auto catalogue = xml::read_criteria_dir(source / "criteria" / app::mirato_criteria_folder, schemas);
    const auto outcome = app::run_mirato(inputs, settings, catalogue, schemas);
    store::Store db(store::test::fresh_database_url());
    db.set_blob_chunk_size(16384);  // the 475 KB lists in some 30 chunks
    const auto id = app::record_mirato_run(db, inputs, outcome, "2026-03-01T09:00:00Z", "2026-03-01T09:00:05Z");
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM blob_chunks") > 25);

    const auto stored = app::load_mirato_run(db, id, schemas);
    const auto again = app::run_mirato(stored.inputs, stored.settings, {}, schemas);
    CHECK(again.iscritti_sha256 == outcome.iscritti_sha256);
    CHECK(again.iscritti_sha256 == sha256_hex(bytes_of(lists)));
    CHECK(rendered(app::mirato_documents(again)) == rendered(app::mirato_documents(outcome)));
}

#include "test_database.hpp"

#include <gradus/core/sha256.hpp>
#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

using namespace gradus::store;

namespace {

RunSpec a_spec() { return {"ingest", "0.1.0", gradus::Date::from_ymd(2025, 1, 31), "", std::nullopt}; }

// Every byte value, NUL and 0xFF included, a few times over.
std::string binary_bytes() {
    std::string bytes;
    for (int round = 0; round < 3; ++round) {
        for (int value = 0; value < 256; ++value) bytes.push_back(static_cast<char>(value));
    }
    bytes += std::string("\0\xff\0", 3);
    return bytes;
}

long long count_blobs(Store& store) {
    long long count = 0;
    store.session() << "SELECT COUNT(*) FROM blobs", soci::into(count);
    return count;
}

}  // namespace

TEST_CASE("blobs keep binary bytes exactly, keyed by their lower-case SHA-256") {
    Store store(test::fresh_database_url());
    const std::string bytes = binary_bytes();
    std::string binary_sha, empty_sha, abc_sha;
    {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        binary_sha = run.add_input("data", "all-bytes.bin", bytes);
        empty_sha = run.add_input("data", "empty.bin", "");
        abc_sha = run.add_input("data", "abc.txt", "abc");
        run.commit("2025-01-31T08:00:01Z");
    }
    CHECK(abc_sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(binary_sha == gradus::sha256_hex(bytes));

    const auto stored = store.get_blob(binary_sha);
    REQUIRE(stored.has_value());
    CHECK(stored->size() == bytes.size());
    CHECK(*stored == bytes);

    const auto empty = store.get_blob(empty_sha);
    REQUIRE(empty.has_value());  // an empty blob, not a missing one
    CHECK(empty->empty());

    long long size = 0;
    store.session() << "SELECT size FROM blobs WHERE sha256 = :sha", soci::use(binary_sha), soci::into(size);
    CHECK(size == static_cast<long long>(bytes.size()));

    const std::string unknown(64, '0');
    CHECK(store.has_blob(binary_sha));
    CHECK_FALSE(store.has_blob(unknown));
    CHECK_FALSE(store.get_blob(unknown).has_value());
}

TEST_CASE("the same bytes are stored once, within a run and across runs") {
    Store store(test::fresh_database_url());
    const std::string bytes = binary_bytes();
    {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        const std::string as_input = run.add_input("candidature", "c.xml", bytes);
        const std::string as_output = run.add_output("copy", "c-copy.xml", bytes);
        CHECK(as_input == as_output);
        run.commit("2025-01-31T08:00:01Z");
    }
    {
        RunTransaction run(store, a_spec(), "2025-01-31T09:00:00Z");
        run.add_input("candidature", "c.xml", bytes);
        run.add_input("other", "other.xml", "different");
        run.commit("2025-01-31T09:00:01Z");
    }
    CHECK(count_blobs(store) == 2);
    CHECK(store.get_blob(gradus::sha256_hex(bytes)) == bytes);
}

TEST_CASE("a new SQLite store has 16 KiB pages, so large stored files cost fewer pages") {
    if (test::test_backend() != Backend::sqlite) return;
    Store store(test::fresh_database_url());
    long long page_size = 0;
    store.session() << "PRAGMA page_size", soci::into(page_size);
    CHECK(page_size == 16384);
}

TEST_CASE("PostgreSQL compresses stored bytes with lz4; bytes compressed with pglz before still read back") {
    if (test::test_backend() != Backend::postgresql) return;
    const std::string url = test::fresh_database_url();
    Store store(url);
    long long lz4 = 0;
    store.session() << "SELECT COUNT(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)",
        soci::into(lz4);
    if (lz4 == 0) {
        WARN("this PostgreSQL server has no lz4: stored bytes stay pglz");
        return;
    }
    // Compressible bytes (a list of records), large enough for TOAST to compress them.
    std::string before, after;
    for (int i = 0; i < 2000; ++i) before += "<iscritto numero=\"" + std::to_string(i) + "\" lista=\"disabili\"/>\n";
    for (int i = 0; i < 2000; ++i) after += "<candidatura protocollo=\"2026/" + std::to_string(i) + "\"/>\n";
    std::string before_sha, after_sha;
    store.session() << "SET default_toast_compression = 'pglz'";  // as a store written before
    {
        RunTransaction run(store, a_spec(), "2025-01-31T08:00:00Z");
        before_sha = run.add_input("data", "before.xml", before);
        run.commit("2025-01-31T08:00:01Z");
    }
    {
        Store reopened(url);  // a new connection, as the next run has
        RunTransaction run(reopened, a_spec(), "2025-01-31T09:00:00Z");
        after_sha = run.add_input("data", "after.xml", after);
        run.commit("2025-01-31T09:00:01Z");
    }
    const auto method_of = [&store](const std::string& sha) {
        std::string method;
        store.session() << "SELECT pg_column_compression(bytes) FROM blobs WHERE sha256 = :sha", soci::use(sha),
            soci::into(method);
        return method;
    };
    CHECK(method_of(before_sha) == "pglz");
    CHECK(method_of(after_sha) == "lz4");
    CHECK(store.get_blob(before_sha) == before);
    CHECK(store.get_blob(after_sha) == after);
}

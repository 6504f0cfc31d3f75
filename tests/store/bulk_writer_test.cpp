#include "test_database.hpp"

#include <gradus/store/run_transaction.hpp>
#include <gradus/store/store.hpp>

#include <soci/soci.h>

#include <limits>
#include <future>
#include <optional>
#include <tuple>
#include <vector>

using namespace gradus::store;
using Catch::Matchers::Contains;

namespace {

using Row = std::tuple<std::int64_t, std::optional<std::string>, std::optional<std::int64_t>>;

RunSpec load_spec() { return {"bulk-test", "0.1.0", gradus::Date::from_ymd(2025, 6, 30), "", std::nullopt}; }

// Text that COPY must escape, text that looks like an escape, and text that must not change.
const std::vector<std::optional<std::string>> tricky_labels = {
    "tab\there",  "new\nline",  "carriage\rreturn", "crlf\r\n",      "back\\slash", "\\N",
    "\\t is not a tab", "trailing\\", "quote ' and \"", "àèìòù €",  "",            std::nullopt,
    " spaced ",   "\x01\x1f control", "semi;colon,comma", "\t\n\r\\",
};

const std::vector<std::optional<std::int64_t>> tricky_amounts = {
    std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(), 0, -1, std::nullopt, 1,
};

// 10,000 rows; a few labels are long enough that the COPY data crosses several 1 MiB chunks.
std::vector<Row> tricky_rows() {
    std::vector<Row> rows;
    for (std::int64_t id = 1; id <= 10'000; ++id) {
        std::optional<std::string> label = tricky_labels[static_cast<std::size_t>(id) % tricky_labels.size()];
        if (label && id % 1'000 == 0) {
            for (int i = 0; i < 40'000; ++i) *label += "\\\t\n\r";
        } else if (label) {
            *label += " #" + std::to_string(id);
        }
        rows.emplace_back(id, label, tricky_amounts[static_cast<std::size_t>(id) % tricky_amounts.size()]);
    }
    rows.emplace_back(10'001, std::string(), std::nullopt);  // empty text is not NULL
    rows.emplace_back(10'002, std::nullopt, std::int64_t{0});
    return rows;
}

std::vector<Cell> cells(const Row& row) {
    const auto& [id, label, amount] = row;
    return {id, label ? Cell(*label) : Cell(), amount ? Cell(*amount) : Cell()};
}

std::vector<Row> read_rows(Store& store) {
    long long id = 0, amount = 0;
    std::string label;
    soci::indicator label_null{}, amount_null{};
    soci::statement statement = (store.session().prepare << "SELECT id, label, amount FROM bulk_rows ORDER BY id",
                                 soci::into(id), soci::into(label, label_null), soci::into(amount, amount_null));
    std::vector<Row> rows;
    if (statement.execute(true)) {
        do {
            rows.emplace_back(id, label_null == soci::i_null ? std::nullopt : std::optional<std::string>(label),
                              amount_null == soci::i_null ? std::nullopt : std::optional<std::int64_t>(amount));
        } while (statement.fetch());
    }
    return rows;
}

long long count_rows(Store& store, const std::string& table) {
    long long count = 0;
    store.session() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

}  // namespace

TEST_CASE("10,000 bulk rows with tricky text and extreme integers read back identical") {
    Store store(test::fresh_database_url());
    store.session() << "CREATE TABLE bulk_rows (id BIGINT NOT NULL PRIMARY KEY, label TEXT, amount BIGINT)";
    const std::vector<Row> rows = tricky_rows();
    {
        RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
        BulkWriter writer = run.bulk_writer("bulk_rows", {"id", "label", "amount"});
        for (const Row& row : rows) writer.add_row(cells(row));
        writer.finish();
        run.commit("2025-06-30T18:00:09Z");
    }
    const std::vector<Row> stored = read_rows(store);
    REQUIRE(stored.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row id " << std::get<0>(rows[i]));
        REQUIRE(stored[i] == rows[i]);
    }
}

TEST_CASE("bulk write errors carry the database's message and fail the run") {
    Store store(test::fresh_database_url());
    store.session() << "CREATE TABLE strict_rows (id BIGINT NOT NULL PRIMARY KEY, label TEXT NOT NULL)";
    std::string expected;
    std::int64_t run_id = 0;
    {
        RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
        run_id = run.run_id();
        run.add_input("rows", "rows.csv", "1;a\n2;\n");

        SECTION("a table that does not exist") {
            expected = test::by_backend("no such table: missing_rows", "relation \"missing_rows\" does not exist");
            CHECK_THAT(test::error_message([&] { run.bulk_writer("missing_rows", {"id"}); }), Contains(expected));
        }
        SECTION("a NULL where the table forbids it") {
            expected = test::by_backend("NOT NULL constraint failed: strict_rows.label",
                                        "null value in column \"label\" of relation \"strict_rows\"");
            BulkWriter writer = run.bulk_writer("strict_rows", {"id", "label"});
            CHECK_THAT(test::error_message([&] {
                           writer.add_row({std::int64_t{1}, std::string("a")});
                           writer.add_row({std::int64_t{2}, Cell()});
                           writer.add_row({std::int64_t{3}, std::string("c")});
                           writer.finish();
                       }),
                       Contains(expected));
        }
        SECTION("a text cell with a NUL byte, refused on both backends alike") {
            expected = "NUL byte";
            BulkWriter writer = run.bulk_writer("strict_rows", {"id", "label"});
            CHECK_THAT(test::error_message([&] { writer.add_row({std::int64_t{1}, std::string("a\0b", 3)}); }),
                       Contains(expected));
        }
        SECTION("a writer abandoned before finish()") {
            expected = "a bulk writer was abandoned before finish()";
            {
                BulkWriter writer = run.bulk_writer("strict_rows", {"id", "label"});
                writer.add_row({std::int64_t{1}, std::string("a")});
            }
        }
        CHECK_THAT(test::error_message([&] { run.commit("2025-06-30T18:00:09Z"); }), Contains("can only fail"));
    }
    const auto record = store.get_run(run_id);
    REQUIRE(record.has_value());
    CHECK(record->status == RunStatus::failed);
    CHECK_THAT(record->message.value_or(""), Contains(expected));
    CHECK(count_rows(store, "strict_rows") == 0);
    CHECK(count_rows(store, "blobs") == 0);
}

TEST_CASE("a bulk row must have one cell per column, and names must be plain identifiers") {
    Store store(test::fresh_database_url());
    store.session() << "CREATE TABLE bulk_rows (id BIGINT NOT NULL PRIMARY KEY, label TEXT, amount BIGINT)";
    RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
    SECTION("too few cells") {
        BulkWriter writer = run.bulk_writer("bulk_rows", {"id", "label"});
        CHECK_THROWS_AS(writer.add_row({std::int64_t{1}}), gradus::InternalError);
    }
    SECTION("a table name that would change the statement") {
        CHECK_THROWS_AS(run.bulk_writer("bulk_rows; DROP TABLE runs", {"id"}), gradus::InternalError);
    }
    SECTION("a quoted column name") {
        CHECK_THROWS_AS(run.bulk_writer("bulk_rows", {"id", "label\""}), gradus::InternalError);
    }
    SECTION("no columns") {
        CHECK_THROWS_AS(run.bulk_writer("bulk_rows", {}), gradus::InternalError);
    }
}

TEST_CASE("a bulk row belongs to its own run: another run_id fails the run and writes nothing") {
    Store store(test::fresh_database_url());
    RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
    const std::int64_t id = run.run_id();
    {
        BulkWriter writer = run.bulk_writer("art16_graduatoria", {"run_id", "protocollo", "codice_fiscale", "esito"});
        const std::vector<Cell> foreign = {id + 1, std::string("P1"), std::string("RSSMRA80A01H501U"), std::string("escluso")};
        const std::vector<Cell> null_run = {Cell{}, std::string("P1"), std::string("RSSMRA80A01H501U"), std::string("escluso")};
        writer.add_row({id, std::string("P0"), std::string("RSSMRA80A01H501U"), std::string("escluso")});
        CHECK_THROWS_WITH(writer.add_row(foreign), Contains("run_id") && Contains(std::to_string(id)));
        CHECK_THROWS_WITH(writer.add_row(null_run), Contains("can only fail"));
    }
    run.fail("refused");
    CHECK(count_rows(store, "art16_graduatoria") == 0);
}

namespace {

std::string stored_rows_hash(Store& store, std::int64_t run_id) {
    std::string hash;
    long long id = run_id;
    store.session() << "SELECT rows_hash FROM runs WHERE id = :id", soci::into(hash), soci::use(id);
    return hash;
}

}  // namespace

// gradus rank builds and digests a national graduatoria's rows on every core and inserts them on
// one: the table and the run's rows_hash must be what adding them one by one gives.
TEST_CASE("rows prepared in blocks on other threads and added in order store what add_row stores") {
    const std::vector<Row> rows = tricky_rows();
    const auto load = [&rows](bool prepared) {
        Store store(test::fresh_database_url());
        store.session() << "CREATE TABLE bulk_rows (id BIGINT NOT NULL PRIMARY KEY, label TEXT, amount BIGINT)";
        RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
        BulkWriter writer = run.bulk_writer("bulk_rows", {"id", "label", "amount"});
        if (prepared) {
            std::vector<std::future<PreparedRows>> blocks;
            for (std::size_t first = 0; first < rows.size(); first += 999) {
                blocks.push_back(std::async(std::launch::async, [&, first] {
                    std::vector<std::vector<Cell>> block;
                    for (std::size_t i = first; i < std::min(rows.size(), first + 999); ++i) block.push_back(cells(rows[i]));
                    return writer.prepare(std::move(block));
                }));
            }
            for (auto& block : blocks) writer.add(block.get());
        } else {
            for (const Row& row : rows) writer.add_row(cells(row));
        }
        writer.finish();
        run.commit("2025-06-30T18:00:09Z");
        return std::make_pair(read_rows(store), stored_rows_hash(store, run.run_id()));
    };
    const auto one_by_one = load(false);
    const auto in_blocks = load(true);
    REQUIRE(in_blocks.first.size() == rows.size());
    CHECK(in_blocks.first == one_by_one.first);
    CHECK(in_blocks.second.size() == 64);
    CHECK(in_blocks.second == one_by_one.second);
}

TEST_CASE("prepared rows are checked as added rows are, and only their own writer adds them") {
    Store store(test::fresh_database_url());
    RunTransaction run(store, load_spec(), "2025-06-30T18:00:00Z");
    const std::int64_t id = run.run_id();
    const std::vector<Cell> row = {id, std::string("P0"), std::string("RSSMRA80A01H501U"), std::string("escluso")};
    const std::vector<std::string> columns = {"run_id", "protocollo", "codice_fiscale", "esito"};
    PreparedRows early;
    {
        BulkWriter first = run.bulk_writer("art16_graduatoria", columns);
        early = first.prepare({row});
        CHECK_THROWS_WITH(first.prepare({row, {id + 1, std::string("P1"), std::string("X"), std::string("escluso")}}),
                          Contains("run_id"));
        CHECK_THROWS_WITH(first.prepare({{id, std::string("P2")}}), Contains("2 cells for 4 columns"));
        first.finish();
    }
    {
        BulkWriter second = run.bulk_writer("art16_graduatoria", columns);
        CHECK_THROWS_WITH(second.add(std::move(early)), Contains("another writer"));
    }
    run.fail("refused");
    CHECK(count_rows(store, "art16_graduatoria") == 0);
}

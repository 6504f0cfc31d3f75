// An obligations batch records the prospetti it read, fetched again when it stores them: a file
// that changed in between fails the run and leaves the store as it was.

#include "test_database.hpp"

#include "gradus/app/obblighi_job.hpp"
#include "gradus/app/obblighi_record.hpp"
#include "gradus/store/verify.hpp"

#include <soci/soci.h>

#include <fstream>
#include <iterator>
#include <memory>

using namespace gradus;

namespace {

const std::filesystem::path source{GRADUS_SOURCE_DIR};

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two fixture prospetti read through ObblighiInputs::read, as gradus obblighi reads them; the
// second one's bytes change after `reads_before_change` readings of it.
app::ObblighiInputs inputs_changing_after(int reads_before_change) {
    app::ObblighiInputs inputs;
    const std::vector<std::filesystem::path> files{source / "fixtures/l68/prospetti/01-soglia-14.xml",
                                                   source / "fixtures/l68/prospetti/02-soglia-15.xml"};
    for (const auto& f : files) inputs.prospetti.push_back({f.filename().string(), {}});
    auto reads = std::make_shared<int>(0);
    inputs.read = [files, reads, reads_before_change](std::size_t i) {
        std::string bytes = bytes_of(files.at(i));
        if (i == 1 && (*reads)++ >= reads_before_change) bytes += "\n<!-- changed -->\n";
        return bytes;
    };
    for (const char* name : {"categorie-escluse.csv", "importi.csv", "comuni.csv"}) {
        inputs.reference.push_back({name, bytes_of(source / "data/l68" / name)});
    }
    return inputs;
}

}  // namespace

TEST_CASE("an obligations run stores each prospetto read, fetched again, with the digest it was parsed with") {
    const auto inputs = inputs_changing_after(1000);
    const auto outcome = app::compute_obblighi(inputs, {Date::from_ymd(2025, 6, 30), {}, nullptr}, source / "schemas");
    REQUIRE(outcome->report.entries.size() == 2);
    store::Store db(store::test::fresh_database_url());
    std::vector<std::string> stages;
    const auto id = app::record_obblighi_run(db, inputs, *outcome, "2025-06-30T08:00:00Z", "2025-06-30T08:00:09Z",
                                             std::nullopt, nullptr,
                                             [&stages](std::string_view stage) { stages.emplace_back(stage); });
    CHECK(stages == std::vector<std::string>{"inputs", "reports", "rows", "commit"});  // as --timings shows them
    std::vector<std::string> stored;
    for (const auto& f : db.run_files(id)) {
        if (f.role == "prospetto") stored.push_back(f.name + " " + f.sha256);
    }
    CHECK(stored == std::vector<std::string>{"01-soglia-14.xml " + outcome->file_sha256[0],
                                             "02-soglia-15.xml " + outcome->file_sha256[1]});
    CHECK(store::verify_store(db).problems.empty());
}

TEST_CASE("a prospetto that changed between parsing and storing fails the run; the store keeps nothing of it") {
    const auto inputs = inputs_changing_after(1);  // parsed as it was, stored changed
    const auto outcome = app::compute_obblighi(inputs, {Date::from_ymd(2025, 6, 30), {}, nullptr}, source / "schemas");
    store::Store db(store::test::fresh_database_url());
    const std::string message = store::test::error_message(
        [&] { app::record_obblighi_run(db, inputs, *outcome, "2025-06-30T08:00:00Z", "2025-06-30T08:00:09Z"); });
    CHECK(message.find("02-soglia-15.xml") != std::string::npos);
    CHECK(message.find("changed while the run was reading it") != std::string::npos);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM runs WHERE status = 'succeeded'") == 0);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM l68_obblighi") == 0);
    CHECK(store::test::count_of(db, "SELECT COUNT(*) FROM run_files") == 0);
}

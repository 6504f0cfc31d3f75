// Crash consistency: `gradus rank` on a generated avviso of several thousand candidature is killed
// with SIGKILL at seeded random moments, 50 times in a row on the same SQLite store. After every
// kill the store holds each run whole or not at all (a run cut short keeps only its `running`
// row: no files, blobs, graduatoria rows or services), every output file present is complete,
// and a final uninterrupted run gives the same bytes and hashes as a run on a fresh store.

#include "../cli/run_gradus.hpp"
#include "gradus/core/codice_fiscale.hpp"
#include "gradus/store/store.hpp"

#include <catch2/catch.hpp>
#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace gradus;
using namespace gradus::test;

extern char** environ;

namespace {

constexpr int kills = 50;
constexpr int candidature_count = 3000;
constexpr unsigned seed = 20261126;

const std::vector<std::string> output_names = {"graduatoria.xml", "graduatoria.csv", "graduatoria.html",
                                               "pubblica.csv",    "pubblica.html",   "scarti.csv"};

// The first candidatura of the demo, copied `count` times with new protocol numbers and codici
// fiscali (the surname letters change; birth date and sex stay those of the template).
std::filesystem::path write_candidature(const std::filesystem::path& dir, int count) {
    const std::string demo = slurp(source_dir / "fixtures/art16/demo/candidature-1.xml");
    const std::size_t start = demo.find("  <candidatura ");
    const std::size_t end = demo.find("</candidatura>", start) + std::string("</candidatura>\n").size();
    const std::string head = demo.substr(0, start);
    const std::string record = demo.substr(start, end - start);
    const std::string protocol = "2026/000001";
    const std::string cf = "LNELRA83S63G337V";
    std::string text = head;
    for (int k = 0; k < count; ++k) {
        char number[16];
        std::snprintf(number, sizeof number, "2026/%06d", k + 1);
        std::string surname = {char('A' + k / 676 % 26), char('A' + k / 26 % 26), char('A' + k % 26)};
        std::string code = surname + cf.substr(3, 12);
        code += CodiceFiscale::check_character(code);
        std::string one = record;
        one.replace(one.find(protocol), protocol.size(), number);
        one.replace(one.find(cf), cf.size(), code);
        text += one;
    }
    text += "</candidature>\n";
    const auto file = dir / "candidature-grandi.xml";
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

std::vector<std::string> rank_arguments(const std::filesystem::path& candidature, const std::filesystem::path& db,
                                        const std::filesystem::path& out) {
    return {GRADUS_BINARY,
            "rank",
            "--avviso",
            (source_dir / "fixtures/art16/demo/avviso.xml").string(),
            "--candidature",
            candidature.string(),
            "--ufficio",
            "D704X000001",
            "--db",
            "sqlite:" + db.string(),
            "--out",
            out.string()};
}

pid_t spawn(const std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (const std::string& a : arguments) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(failed == 0);
    return pid;
}

// The exit code, or -signal when a signal ended the process.
int wait_for(pid_t pid) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

// What a complete run left in the store; every run must match it or have left nothing.
struct RunContents {
    long long files = 0;
    long long rows = 0;
    long long services = 0;
    std::string inputs_hash;
    std::string outputs_hash;
};

RunContents contents_of(soci::session& sql, long long run) {
    RunContents c;
    soci::indicator ok_in, ok_out;
    sql << "SELECT count(*) FROM run_files WHERE run_id = :r", soci::use(run), soci::into(c.files);
    sql << "SELECT count(*) FROM art16_graduatoria WHERE run_id = :r", soci::use(run), soci::into(c.rows);
    sql << "SELECT count(*) FROM service_events WHERE run_id = :r", soci::use(run), soci::into(c.services);
    sql << "SELECT inputs_hash, outputs_hash FROM runs WHERE id = :r", soci::use(run), soci::into(c.inputs_hash, ok_in),
        soci::into(c.outputs_hash, ok_out);
    return c;
}

bool operator==(const RunContents& a, const RunContents& b) {
    return a.files == b.files && a.rows == b.rows && a.services == b.services && a.inputs_hash == b.inputs_hash &&
           a.outputs_hash == b.outputs_hash;
}

struct RunCounts {
    long long succeeded = 0;
    long long unfinished = 0;  // killed after the run's row was written: only that row remains
};

// Checks the whole store against `complete`; counts its runs.
RunCounts check_store(const std::filesystem::path& db, const RunContents& complete) {
    store::Store opened("sqlite:" + db.string());
    soci::session& sql = opened.session();
    std::string integrity;
    sql << "PRAGMA integrity_check", soci::into(integrity);
    CHECK(integrity == "ok");
    std::vector<long long> ids(1000);
    std::vector<std::string> statuses(1000);
    sql << "SELECT id, status FROM runs ORDER BY id", soci::into(ids), soci::into(statuses);
    RunCounts counts;
    for (std::size_t k = 0; k < ids.size(); ++k) {
        INFO("run " << ids[k] << " " << statuses[k]);
        const RunContents found = contents_of(sql, ids[k]);
        if (statuses[k] == "succeeded") {
            ++counts.succeeded;
            CHECK(found == complete);
        } else {
            ++counts.unfinished;
            CHECK(found.files == 0);
            CHECK(found.rows == 0);
            CHECK(found.services == 0);
        }
    }
    long long orphan_blobs = -1;
    sql << "SELECT count(*) FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM run_files)", soci::into(orphan_blobs);
    CHECK(orphan_blobs == 0);
    long long orphan_rows = -1;
    sql << "SELECT count(*) FROM art16_graduatoria"
           " WHERE run_id NOT IN (SELECT id FROM runs WHERE status = 'succeeded')",
        soci::into(orphan_rows);
    CHECK(orphan_rows == 0);
    return counts;
}

// Every output present in `out` is whole: the reference run's bytes.
void check_outputs(const std::filesystem::path& out, const std::filesystem::path& reference, bool all_present) {
    for (const std::string& name : output_names) {
        INFO(name);
        if (std::filesystem::exists(out / name)) {
            CHECK(slurp(out / name) == slurp(reference / name));
        } else {
            CHECK_FALSE(all_present);
        }
    }
}

}  // namespace

TEST_CASE("gradus rank killed at random moments leaves each run whole or absent, 50 times in a row", "[crash]") {
    TempDir tmp;
    const auto candidature = write_candidature(tmp.path(), candidature_count);

    // The reference run, timed twice on fresh stores; the shorter time bounds the kill moments, so
    // that a slow first run on a busy machine does not let most attempts finish before their kill.
    auto reference_time = std::chrono::steady_clock::duration::max();
    for (const char* name : {"reference", "reference-again"}) {
        const auto started = std::chrono::steady_clock::now();
        const auto db_file = tmp.path() / (std::string(name) + ".db");
        REQUIRE(wait_for(spawn(rank_arguments(candidature, db_file, tmp.path() / name))) == 0);
        reference_time = std::min(reference_time, std::chrono::steady_clock::now() - started);
    }
    RunContents complete;
    {
        store::Store reference("sqlite:" + (tmp.path() / "reference.db").string());
        complete = contents_of(reference.session(), 1);
    }
    REQUIRE(complete.rows == candidature_count);
    REQUIRE(complete.services == candidature_count);

    const auto db = tmp.path() / "killed.db";
    std::mt19937 random(seed);
    // From a quarter of the reference run's time to its end: past start-up, through reading, ranking,
    // the store's transaction and the output files.
    const long long reference_us = std::chrono::duration_cast<std::chrono::microseconds>(reference_time).count();
    std::uniform_int_distribution<long long> moment(reference_us / 4, reference_us);
    int cut_short = 0;
    RunCounts counts;
    for (int attempt = 0; attempt < kills; ++attempt) {
        INFO("attempt " << attempt << " (seed " << seed << ")");
        const auto out = tmp.path() / ("out-" + std::to_string(attempt));
        const pid_t pid = spawn(rank_arguments(candidature, db, out));
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        ::kill(pid, SIGKILL);
        const int ended = wait_for(pid);
        if (ended == -SIGKILL) {
            ++cut_short;
        } else {
            CHECK(ended == 0);
        }
        counts = check_store(db, complete);
        check_outputs(out, tmp.path() / "reference", false);
    }
    const auto final_out = tmp.path() / "final";
    REQUIRE(wait_for(spawn(rank_arguments(candidature, db, final_out))) == 0);
    CHECK(check_store(db, complete).succeeded == counts.succeeded + 1);
    check_outputs(final_out, tmp.path() / "reference", true);
    const Outcome verified = run_gradus("verify --db 'sqlite:" + db.string() + "'", tmp);
    INFO(verified.out << verified.err);
    CHECK(verified.exit_code == 0);
    WARN("crash consistency: " << cut_short << " of " << kills << " runs killed mid-run (" << counts.unfinished
                               << " after their run row was written), reference run "
                               << std::chrono::duration_cast<std::chrono::milliseconds>(reference_time).count()
                               << " ms, " << candidature_count << " candidature");
    CHECK(cut_short >= kills / 4);  // the kills do land inside the runs
}

// gradus job run end to end, on the demo job (jobs/demo.job) in a scratch folder: the lock, the
// intake folders, a kill in the middle, a job file with an error.

#include "../cli/run_gradus.hpp"

#include <gradus/store/job_runs.hpp>
#include <gradus/store/store.hpp>

#include <catch2/catch.hpp>

#include <csignal>
#include <set>
#include <spawn.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace gradus::test;
namespace fs = std::filesystem;

namespace {

const fs::path demo_job = source_dir / "jobs" / "demo.job";

// The demo's intake folders, filled with copies of the fixtures.
void fill_intake(const fs::path& dir) {
    const fs::path f = source_dir / "fixtures";
    fs::create_directories(dir / "intake" / "art16");
    for (const char* name : {"avviso.xml", "candidature-1.xml", "candidature-2.xml"}) {
        fs::copy_file(f / "art16" / "demo" / name, dir / "intake" / "art16" / name);
    }
    fs::create_directories(dir / "intake" / "l68");
    for (const char* sub : {"prospetti", "scartati"}) {
        for (const auto& e : fs::directory_iterator(f / "l68" / sub)) {
            fs::copy_file(e.path(), dir / "intake" / "l68" / e.path().filename());
        }
    }
    fs::create_directories(dir / "intake" / "lsu");
    fs::copy_file(f / "lsu" / "art7-468" / "progetto.xml", dir / "intake" / "lsu" / "progetto.xml");
    fs::create_directories(dir / "intake" / "mirato");
    fs::copy_file(f / "mirato" / "lecco-iscritti.xml", dir / "intake" / "mirato" / "lecco-iscritti.xml");
    fs::copy_file(f / "mirato" / "richieste" / "richieste.xml", dir / "intake" / "mirato" / "richieste.xml");
    fs::copy_file(f / "mirato" / "prospetti" / "35-posti-lavoro.xml", dir / "intake" / "mirato" / "35-posti-lavoro.xml");
    fs::create_directories(dir / "intake" / "servizi");
    for (const char* name : {"erogati.xml", "eventi.xml"}) {
        fs::copy_file(f / "services" / "demo" / name, dir / "intake" / "servizi" / name);
    }
}

std::string shell_command(const fs::path& dir, const std::string& args) {
    return "cd '" + dir.string() + "' && exec '" + std::string(GRADUS_BINARY) + "' " + args;
}

// Runs gradus in `dir` (relative paths of the job file are relative to it).
Outcome run_in(const fs::path& dir, const std::string& args) {
    const std::string command = shell_command(dir, args) + " >'" + (dir / "stdout.txt").string() + "' 2>'" +
                                (dir / "stderr.txt").string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "stdout.txt"), slurp(dir / "stderr.txt")};
}

std::set<std::string> names_in(const fs::path& dir) {
    std::set<std::string> names;
    if (!fs::exists(dir)) return names;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) names.insert(fs::relative(e.path(), dir).string());
    }
    return names;
}

const std::string run_demo = "job run '" + demo_job.string() + "' --today 2026-04-01";

}  // namespace

TEST_CASE("The demo job runs every step, each a stored run, and moves its intake to done/", "[jobs]") {
    TempDir tmp;
    fill_intake(tmp.path());
    const auto r = run_in(tmp.path(), run_demo + " --json --log job.log");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 1);  // the fixtures hold refused records on purpose
    CHECK(r.out.rfind("{\"command\":\"job\",\"exit_status\":1,\"completed\":true,\"run_id\":null,\"counts\":"
                      "{\"job_run\":1,\"steps_done\":8,\"steps_skipped\":0}", 0) == 0);
    CHECK(r.out.find("\"graduatoria.graduatoria_html\":\"reports/run-1/graduatoria/graduatoria.html\"") != std::string::npos);
    for (const char* report : {"graduatoria/graduatoria.html", "graduatoria/pubblica.html", "obblighi/obblighi.html",
                               "lsu/lsu-ente.html", "servizi/servizi-D704X000001.html"}) {
        CHECK(fs::is_regular_file(tmp.path() / "reports" / "run-1" / report));
    }
    CHECK(names_in(tmp.path() / "intake" / "art16") ==
          std::set<std::string>{"done/run-1-graduatoria/avviso.xml", "done/run-1-graduatoria/candidature-1.xml",
                                "done/run-1-graduatoria/candidature-2.xml"});
    CHECK(names_in(tmp.path() / "intake" / "l68").size() == 39);
    CHECK_FALSE(fs::exists(tmp.path() / "intake" / "l68" / "processing" / "run-1-obblighi"));
    CHECK(slurp(tmp.path() / "reports" / "run-1" / "replay.txt").find("identical") != std::string::npos);
    const std::string log = slurp(tmp.path() / "job.log");
    CHECK(log.find("\"level\":\"warning\",\"command\":\"job\",\"job\":\"demo\",\"job_run\":1,\"step\":\"graduatoria\","
                   "\"run_id\":2,\"message\":\"done, some records refused") != std::string::npos);

    // Run again: the intake folders are empty, those steps are skipped and nothing moves.
    const auto again = run_in(tmp.path(), run_demo);
    INFO(again.out << again.err);
    CHECK(again.exit_code == 0);
    CHECK(again.out.find("[2/8] graduatoria: skipped, nothing in intake/art16") != std::string::npos);
    CHECK(names_in(tmp.path() / "intake" / "art16").size() == 3);
}

TEST_CASE("A second run of a job while the first holds its lock refuses, and touches nothing", "[jobs]") {
    TempDir tmp;
    fill_intake(tmp.path());
    gradus::store::Store db("sqlite:" + (tmp.path() / "gradus.db").string());
    std::string host(256, '\0');
    ::gethostname(host.data(), host.size() - 1);
    host.resize(host.find('\0'));
    {
        // This test process stands for the first run: alive, on this host.
        gradus::store::JobLock first(db, "demo", host, ::getpid(), "2026-04-01T02:00:00Z");
        const auto r = run_in(tmp.path(), run_demo);
        CHECK(r.exit_code == 1);
        CHECK(r.err.find("gradus job: error: job 'demo' is already running: started 2026-04-01T02:00:00Z on " + host +
                         " by process " + std::to_string(::getpid())) != std::string::npos);
        CHECK(r.err.find("gradus job unlock") != std::string::npos);
        CHECK(names_in(tmp.path() / "intake" / "art16").size() == 3);
        CHECK(names_in(tmp.path() / "intake" / "art16").count("avviso.xml") == 1);
        CHECK_FALSE(fs::exists(tmp.path() / "reports"));
        CHECK(db.list_runs().empty());
    }
    CHECK(run_in(tmp.path(), run_demo).exit_code == 1);
    CHECK(names_in(tmp.path() / "intake" / "art16").count("done/run-1-graduatoria/avviso.xml") == 1);
}

TEST_CASE("Two gradus job run of one job at once: the second refuses while the first runs", "[jobs]") {
    TempDir tmp;
    fill_intake(tmp.path());
    // The first run, a real process: the second starts once the first is in its mirato step.
    const std::string command = shell_command(tmp.path(), run_demo + " --log job.log >first.txt 2>&1");
    const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) == 0);
    for (int i = 0; i < 20000; ++i) {
        if (slurp(tmp.path() / "job.log").find("\"step\":\"mirato\",\"message\":\"started") != std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const auto second = run_in(tmp.path(), run_demo);
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO(second.out << second.err);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);  // the first run went through (the fixtures hold refused records)
    if (second.err.find("is already running") != std::string::npos) {
        CHECK(second.exit_code == 1);
        CHECK(second.err.find(" by process " + std::to_string(pid) + ".") != std::string::npos);
        CHECK(second.out.find("[2/8]") == std::string::npos);  // the second ran no step
    } else {
        // A machine so loaded that the first run ended before the second started: nothing to refuse.
        WARN("the first run ended before the second started");
    }
    // Each step was recorded once, by the first run.
    gradus::store::Store db("sqlite:" + (tmp.path() / "gradus.db").string());
    CHECK(db.list_runs().size() == 7);
}

TEST_CASE("A job killed in the middle and run again ends as an uninterrupted one", "[jobs]") {
    TempDir whole, killed;
    fill_intake(whole.path());
    fill_intake(killed.path());
    REQUIRE(run_in(whole.path(), run_demo).exit_code == 1);

    // Kill at the start of the obligations step (the slowest), once the ranking is done.
    const std::string command = shell_command(killed.path(), run_demo + " --log job.log >/dev/null 2>&1");
    const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) == 0);
    const fs::path log = killed.path() / "job.log";
    for (int i = 0; i < 20000; ++i) {
        if (slurp(log).find("\"step\":\"obblighi\",\"message\":\"started") != std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);

    const auto rerun = run_in(killed.path(), run_demo);
    INFO(rerun.out << rerun.err);
    if (WIFSIGNALED(status)) {
        CHECK(rerun.exit_code == 1);
        CHECK(rerun.err.find("cleared a stale lock left by process " + std::to_string(pid)) != std::string::npos);
        CHECK(rerun.out.find("resuming interrupted job run 1") != std::string::npos);
        CHECK(rerun.out.find("[2/8] graduatoria: already done before the interruption") != std::string::npos);
    } else {
        // A machine so loaded that the whole job ended before the kill: nothing to resume.
        WARN("the job ended before it could be killed");
    }
    for (const char* file : {"graduatoria/graduatoria.csv", "graduatoria/pubblica.csv", "graduatoria/graduatoria.xml",
                             "obblighi/obblighi.csv", "lsu/lsu-ente.csv", "mirato/graduatoria.csv", "mirato/avviamento.csv", "servizi/servizi-D704X000001.csv",
                             "servizi/sap-sezione6.xml"}) {
        INFO(file);
        CHECK(slurp(killed.path() / "reports" / "run-1" / file) == slurp(whole.path() / "reports" / "run-1" / file));
    }
    for (const char* intake : {"art16", "l68", "lsu", "mirato", "servizi"}) {
        CHECK(names_in(killed.path() / "intake" / intake) == names_in(whole.path() / "intake" / intake));
    }
}

TEST_CASE("A job file with an error is refused before anything runs, naming its line", "[jobs]") {
    TempDir tmp;
    fill_intake(tmp.path());
    std::string text = slurp(demo_job);
    const std::string mirato_out = "--out = ${out}\n\n# The services";
    REQUIRE(text.find(mirato_out) != std::string::npos);
    text.replace(text.find(mirato_out), mirato_out.size(), "--out = ${out}\n--outt = x\n\n# The services");
    const fs::path job = tmp.path() / "broken.job";
    std::ofstream(job) << text;
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.find("--outt"); ++i) line += text[i] == '\n';

    const auto r = run_in(tmp.path(), "job run broken.job --today 2026-04-01");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "gradus job: configuration error: broken.job:" + std::to_string(line) +
                       ": gradus mirato has no option --outt (see gradus mirato --help)\n");
    CHECK_FALSE(fs::exists(tmp.path() / "gradus.db"));
    CHECK(names_in(tmp.path() / "intake" / "art16").count("avviso.xml") == 1);

    const auto check = run_in(tmp.path(), "job check broken.job");
    CHECK(check.exit_code == 1);
    CHECK(check.err.find("broken.job:" + std::to_string(line) + ":") != std::string::npos);
}

TEST_CASE("Input files a step refuses as a whole go to rejected/, with nothing recorded, and the job stops", "[jobs]") {
    TempDir tmp;
    fill_intake(tmp.path());
    std::ofstream(tmp.path() / "intake" / "art16" / "avviso.xml", std::ios::trunc) << "<avviso><id>troncato";
    const auto r = run_in(tmp.path(), run_demo);
    INFO(r.out << r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.find("[2/8] graduatoria: input files moved to intake/art16/rejected/run-1-graduatoria") != std::string::npos);
    CHECK(names_in(tmp.path() / "intake" / "art16") ==
          std::set<std::string>{"rejected/run-1-graduatoria/avviso.xml", "rejected/run-1-graduatoria/candidature-1.xml",
                                "rejected/run-1-graduatoria/candidature-2.xml"});
    // The steps after it did not run: their files wait in their intake folders.
    CHECK(names_in(tmp.path() / "intake" / "lsu") == std::set<std::string>{"progetto.xml"});
    gradus::store::Store db("sqlite:" + (tmp.path() / "gradus.db").string());
    const auto runs = db.list_runs();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == "store-check");
    CHECK_FALSE(gradus::store::interrupted_job_run(db, "demo"));  // failed, not interrupted: the next run starts afresh
}

TEST_CASE("Every job file shipped in jobs/ passes gradus job check", "[jobs]") {
    TempDir tmp;
    int checked = 0;
    for (const auto& e : fs::directory_iterator(source_dir / "jobs")) {
        if (e.path().extension() != ".job") continue;
        const auto r = run_in(tmp.path(), "job check '" + e.path().string() + "'");
        INFO(e.path() << ": " << r.err);
        CHECK(r.exit_code == 0);
        ++checked;
    }
    CHECK(checked >= 3);
}

TEST_CASE("Old output folders beyond 'keep' go, and notify-file and notify-command get each job run's summary", "[jobs]") {
    TempDir tmp;
    std::ofstream(tmp.path() / "small.job") << "[job]\nout = out\nkeep = 2\nnotify-file = esiti.txt\n"
                                               "notify-command = cat > avviso-mail.txt\n\n[step verify]\ncommand = verify\n";
    for (int i = 0; i < 3; ++i) REQUIRE(run_in(tmp.path(), "job run small.job --today 2026-04-0" + std::to_string(i + 1)).exit_code == 0);
    CHECK(names_in(tmp.path() / "out") == std::set<std::string>{"run-2/verify.txt", "run-3/verify.txt"});
    const std::string esiti = slurp(tmp.path() / "esiti.txt");
    CHECK(esiti.find("job small run 1 (today 2026-04-01)\n[1/1] verify: gradus verify exit 0") == 0);
    CHECK(esiti.find("job small run 3 (today 2026-04-03)\n") != std::string::npos);
    CHECK(slurp(tmp.path() / "avviso-mail.txt").rfind("job small run 3 (today 2026-04-03)\n", 0) == 0);
    CHECK(slurp(tmp.path() / "avviso-mail.txt").find("job ok\n") != std::string::npos);
}

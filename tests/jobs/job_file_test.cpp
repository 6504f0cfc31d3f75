// Job files: what they say, and every mistake refused with the file and line before anything runs.

#include <gradus/core/errors.hpp>
#include <gradus/jobs/job_file.hpp>

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::jobs;

namespace {

std::string error_of(const std::string& text) {
    try {
        parse_job_file(text, "jobs/x.job");
    } catch (const ConfigError& e) {
        return e.what();
    }
    FAIL("the job file was accepted");
    return {};
}

const char* const good = R"(# nightly intake
[job]
name = notturno
db = postgresql://dbname=gradus host=/run/postgresql
out = /srv/gradus/out
reference-date = end-of-last-year
keep = 7
notify-command = mail -s gradus cpi@example.it

[step rank]
command = rank
intake = /srv/gradus/in/art16
reference-date = close-date
--avviso = ${intake}/avviso.xml
--candidature = ${intake}/a.xml "${intake}/b c.xml"
--allow-unknown
--out = ${out}

[step replay]
command = replay
--run = ${run:rank}
)";

}  // namespace

TEST_CASE("A job file gives its settings and its steps' words in order", "[jobs]") {
    const JobSpec spec = parse_job_file(good, "jobs/notturno.job");
    CHECK(spec.name == "notturno");
    CHECK(spec.db == "postgresql://dbname=gradus host=/run/postgresql");
    CHECK(spec.reference_date.kind == DateRule::Kind::end_of_last_year);
    CHECK(spec.keep == 7);
    CHECK(spec.notify_command == "mail -s gradus cpi@example.it");
    REQUIRE(spec.steps.size() == 2);
    const Step& rank = spec.steps[0];
    CHECK(rank.line == 10);
    CHECK(rank.command == "rank");
    REQUIRE(rank.reference_date);
    CHECK(rank.reference_date->kind == DateRule::Kind::close_date);
    CHECK(rank.args == std::vector<std::string>{"--avviso", "${intake}/avviso.xml", "--candidature", "${intake}/a.xml",
                                                "${intake}/b c.xml", "--allow-unknown", "--out", "${out}"});
    CHECK(spec.steps[1].args == std::vector<std::string>{"--run", "${run:rank}"});
}

TEST_CASE("Each mistake in a job file names its line", "[jobs]") {
    CHECK(error_of("[job]\nout = o\n[step a]\ncommand = rank\nfrequency = daily\n") ==
          "jobs/x.job:5: unknown setting 'frequency' in [step a] (known: command, intake, reference-date, and --OPTION lines)");
    CHECK(error_of("[job]\nreference-date = yesterday\n[step a]\ncommand = verify\n")
              .rfind("jobs/x.job:2: reference-date must be", 0) == 0);
    CHECK(error_of("[job]\n[step a]\ncommand = verify\n[step b]\ncommand = replay\n--run = ${run:c}\n") ==
          "jobs/x.job:6: ${run:c}: no earlier step named 'c'");
    CHECK(error_of("[job]\n[step a]\ncommand = replay\n--run = ${run:a}\n") ==
          "jobs/x.job:4: ${run:a}: no earlier step named 'a'");
    CHECK(error_of("[job]\n[step a]\ncommand = rank\n--out = ${outt}\n").rfind("jobs/x.job:4: unknown variable ${outt}", 0) == 0);
    CHECK(error_of("[job]\n[step a]\ncommand = rank\n--avviso = ${intake}/a.xml\n") ==
          "jobs/x.job:4: ${intake} in a step without 'intake ='");
    CHECK(error_of("[job]\n[step a]\n--out = x\n[step b]\ncommand = verify\n") == "jobs/x.job:2: step 'a' has no 'command ='");
    CHECK(error_of("[job]\n[step a]\ncommand = verify\n[step a]\ncommand = verify\n") == "jobs/x.job:4: a second step named 'a'");
    CHECK(error_of("[job]\nkeep = many\n[step a]\ncommand = verify\n") == "jobs/x.job:2: keep must be a whole number, not 'many'");
    CHECK(error_of("[job]\n[step a]\ncommand = rank\n--out = \"x\n") == "jobs/x.job:4: a '\"' is not closed");
    CHECK(error_of("[step a]\ncommand = verify\n") == "jobs/x.job:1: the [job] section comes first");
    CHECK(error_of("[job]\nout = o\n") == "jobs/x.job: no [step NAME] section: a job runs at least one step");
}

TEST_CASE("Reference-date rules: today as read at start, 31 December of last year, the avviso's close", "[jobs]") {
    const Date today = Date::from_ymd(2026, 1, 31);
    CHECK(resolve(*DateRule::parse("today"), today, std::nullopt) == today);
    CHECK(resolve(*DateRule::parse("end-of-last-year"), today, std::nullopt) == Date::from_ymd(2025, 12, 31));
    CHECK(resolve(*DateRule::parse("end-of-last-year"), Date::from_ymd(2026, 12, 31), std::nullopt) ==
          Date::from_ymd(2025, 12, 31));
    CHECK(resolve(*DateRule::parse("close-date"), today, Date::from_ymd(2026, 3, 23)) == Date::from_ymd(2026, 3, 23));
    CHECK_THROWS_AS(resolve(*DateRule::parse("close-date"), today, std::nullopt), ConfigError);
    CHECK(resolve(*DateRule::parse("2025-06-30"), today, std::nullopt) == Date::from_ymd(2025, 6, 30));
    CHECK_FALSE(DateRule::parse("2025-02-30"));
}

TEST_CASE("Variables are replaced in place, and an unknown one is an error", "[jobs]") {
    const Variables v{{"intake", "/in/processing/run-4-rank"}, {"run:rank", "12"}};
    CHECK(expand("${intake}/avviso.xml", v) == "/in/processing/run-4-rank/avviso.xml");
    CHECK(expand("run-${run:rank}-${run:rank}", v) == "run-12-12");
    CHECK(expand("plain", v) == "plain");
    CHECK_THROWS_AS(expand("${out}", v), ConfigError);
}

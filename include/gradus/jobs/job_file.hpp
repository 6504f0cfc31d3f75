#pragma once

#include <gradus/core/date.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus::jobs {

// How a job chooses the reference date it passes to its steps as ${as-of}. "Today" is the
// date the runner read once when the job started; the engine itself never reads the clock.
struct DateRule {
    enum class Kind { today, close_date, end_of_last_year, fixed };
    Kind kind = Kind::today;
    Date fixed;  // for Kind::fixed

    // "today", "close-date", "end-of-last-year" or YYYY-MM-DD; nullopt for anything else.
    static std::optional<DateRule> parse(std::string_view text);
    std::string to_string() const;
};

// One step: a gradus command and its options. `args` are the words after the command, in the
// order the file gives them, with ${...} variables not yet replaced (see expand()).
struct Step {
    std::string name;
    std::uint64_t line = 0;  // of its [step NAME] header
    std::string command;
    std::string intake;  // an input folder processed atomically; empty: none
    std::optional<DateRule> reference_date;  // empty: the job's
    std::vector<std::string> args;
    std::vector<std::pair<std::string, std::uint64_t>> option_lines;  // each --option and its line
};

struct JobSpec {
    std::string file;
    std::string name;
    std::string db = "sqlite:gradus.db";
    std::string out;       // each job run writes OUT/run-<id>/<step>/
    DateRule reference_date;
    unsigned keep = 0;     // output folders of old job runs to keep (0: all)
    std::string notify_file;     // a line per job run appended here; empty: none
    std::string notify_command;  // run by /bin/sh with the summary on stdin; empty: none
    std::string data_dir;
    std::optional<unsigned> threads;
    std::vector<Step> steps;

    const Step* find_step(std::string_view name) const;
};

// Parses a job file (format in docs/GUIDE.md, "Job files"). Every error is a ConfigError
// "FILE:LINE: what is wrong", found before anything runs: unknown sections and keys, missing
// command, unknown ${variables}, ${run:STEP} naming a step that does not come earlier.
JobSpec parse_job_file(std::string_view text, const std::string& file_name);

// The values of the ${...} variables for one step: intake, out, as-of, today, run:STEP.
using Variables = std::map<std::string, std::string>;

// `word` with each ${name} replaced by its value; throws ConfigError for an unknown name.
std::string expand(const std::string& word, const Variables& variables);

// The reference date under `rule`: `today` as read at job start; `close_date` the avviso's
// closing date, when the step has one (ConfigError otherwise).
Date resolve(const DateRule& rule, const Date& today, const std::optional<Date>& close_date);

}  // namespace gradus::jobs

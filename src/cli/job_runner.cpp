#include "job_runner.hpp"

#include "job_intake.hpp"
#include "job_progress.hpp"

#include "gradus/cli/command.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/store/job_runs.hpp"
#include "gradus/store/store.hpp"
#include "gradus/xml/avviso_reader.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

namespace fs = std::filesystem;

namespace gradus::cli {
namespace {

constexpr const char* placeholder_run_id = "1";

// The step's words with the variables replaced, and the job's database, threads and data folder
// added unless the step gives its own.
std::vector<std::string> step_arguments(const jobs::JobSpec& spec, const jobs::Step& step,
                                        const jobs::Variables& variables) {
    std::vector<std::string> args;
    for (const std::string& word : step.args) args.push_back(jobs::expand(word, variables));
    const auto given = [&](const std::string& option) {
        return std::find(step.args.begin(), step.args.end(), option) != step.args.end();
    };
    if (!given("--db")) args.insert(args.end(), {"--db", spec.db});
    if (spec.threads && !given("--threads")) args.insert(args.end(), {"--threads", std::to_string(*spec.threads)});
    if (!spec.data_dir.empty() && !given("--data-dir")) args.insert(args.end(), {"--data-dir", spec.data_dir});
    return args;
}

std::string step_location(const CheckedJob& job, const jobs::Step& step) {
    return job.file.string() + ":" + std::to_string(step.line) + ": step '" + step.name + "'";
}

// The command of `step` with its options parsed; UsageError becomes ConfigError at the step's line.
std::unique_ptr<Command> prepared_command(const CheckedJob& job, const jobs::Step& step,
                                          const std::vector<std::string>& args) {
    auto command = find_command(step.command);
    if (!command) throw ConfigError(step_location(job, step) + ": unknown command '" + step.command + "'");
    for (const auto& [option, line] : step.option_lines) {
        if (!command->accepts_option(option)) {
            throw ConfigError(job.file.string() + ":" + std::to_string(line) + ": gradus " + step.command +
                              " has no option " + option + " (see gradus " + step.command + " --help)");
        }
    }
    try {
        command->setup(args);
    } catch (const UsageError& e) {
        throw ConfigError(step_location(job, step) + ": " + e.what());
    }
    return command;
}

jobs::Variables placeholder_variables(const jobs::JobSpec& spec, const Date& today) {
    jobs::Variables v{{"intake", "intake"}, {"out", "out"}, {"as-of", today.to_iso()},
                      {"today", today.to_iso()}, {"job-run", placeholder_run_id}};
    for (const jobs::Step& s : spec.steps) v["run:" + s.name] = placeholder_run_id;
    return v;
}

std::optional<Date> avviso_close_date(const std::vector<std::string>& args, const fs::path& schemas) {
    const auto it = std::find(args.begin(), args.end(), "--avviso");
    if (it == args.end() || it + 1 == args.end()) return std::nullopt;
    return xml::read_avviso(*(it + 1), schemas).applications_close;
}

// The first earlier step whose run id `step` uses and that recorded none (it was skipped).
std::optional<std::string> missing_run(const jobs::Step& step, const jobs::Variables& variables) {
    for (const std::string& word : step.args) {
        for (auto at = word.find("${run:"); at != std::string::npos; at = word.find("${run:", at + 1)) {
            const std::string name = word.substr(at + 2, word.find('}', at) - at - 2);
            if (!variables.count(name)) return name.substr(4);
        }
    }
    return std::nullopt;
}

std::string hostname() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "unknown-host";
    return name;
}

// Keeps the newest `keep` run-N folders of `out` (the current one always).
std::vector<fs::path> apply_retention(const fs::path& out, unsigned keep, std::int64_t current) {
    std::vector<std::pair<std::int64_t, fs::path>> runs;
    for (const auto& entry : fs::directory_iterator(out)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_directory() || name.rfind("run-", 0) != 0) continue;
        const std::string digits = name.substr(4);
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit)) continue;
        runs.emplace_back(std::stoll(digits), entry.path());
    }
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<fs::path> removed;
    for (std::size_t i = keep; i < runs.size(); ++i) {
        if (runs[i].first == current) continue;
        fs::remove_all(runs[i].second);
        removed.push_back(runs[i].second);
    }
    return removed;
}

void notify(const jobs::JobSpec& spec, const std::string& text, JsonLog& log, const JsonLog::Context& context) {
    if (!spec.notify_file.empty()) {
        std::ofstream file(spec.notify_file, std::ios::app | std::ios::binary);
        file << text;
        if (!file) log.warning("cannot append to notify-file " + spec.notify_file, context);
    }
    if (!spec.notify_command.empty()) {
        // A command that exits without reading all of it must not kill gradus with SIGPIPE.
        const auto previous = std::signal(SIGPIPE, SIG_IGN);
        FILE* pipe = ::popen(spec.notify_command.c_str(), "w");
        if (!pipe) {
            std::signal(SIGPIPE, previous);
            log.warning("cannot start notify-command", context);
            return;
        }
        std::fwrite(text.data(), 1, text.size(), pipe);
        const int status = ::pclose(pipe);
        std::signal(SIGPIPE, previous);
        if (status != 0) log.warning("notify-command exited with status " + std::to_string(status), context);
    }
}

}  // namespace

CheckedJob check_job(const fs::path& file, const std::string& db) {
    CheckedJob job{file, "", {}};
    const std::string bytes = read_file(file);
    job.sha256 = sha256_hex(bytes);
    job.spec = jobs::parse_job_file(bytes, file.string());
    if (job.spec.name.empty()) job.spec.name = file.stem().string();
    if (!db.empty()) job.spec.db = db;
    const jobs::Variables placeholders = placeholder_variables(job.spec, Date::from_ymd(2000, 1, 1));
    for (const jobs::Step& step : job.spec.steps) {
        prepared_command(job, step, step_arguments(job.spec, step, placeholders));
    }
    return job;
}

int run_job(const CheckedJob& job, const JobRunSettings& settings, std::ostream& out, std::ostream& err,
            JsonLog& log, RunSummary& summary) {
    const jobs::JobSpec& spec = job.spec;
    store::Store db(spec.db);
    store::JobLock lock(db, spec.name, hostname(), static_cast<std::int64_t>(::getpid()), utc_timestamp_now());
    JsonLog::Context context{spec.name, std::nullopt, "", std::nullopt};
    if (const auto& stale = lock.cleared_stale()) {
        log.warning("cleared the stale lock of process " + std::to_string(stale->pid) + " (started " +
                        stale->started_at + ", no longer running on this host)",
                    context);
        err << "job " << spec.name << ": cleared a stale lock left by process " << stale->pid << "\n";
    }

    Date today = settings.today;
    std::int64_t job_run = 0;
    std::vector<store::JobStepRecord> done;
    if (const auto interrupted = store::interrupted_job_run(db, spec.name)) {
        job_run = interrupted->id;
        today = Date::parse_iso(interrupted->today);
        done = store::job_steps(db, job_run);
        out << "job " << spec.name << ": resuming interrupted job run " << job_run << " (today = " << today.to_iso()
            << " as when it started)\n";
        if (interrupted->job_file_sha256 != job.sha256) {
            out << "job " << spec.name << ": note: " << job.file.string()
                << " changed since that run started; the steps left run as the file says now\n";
            log.warning("the job file changed since the interrupted job run started", context);
        }
    } else {
        job_run = store::start_job_run(db, spec.name, job.sha256, today.to_iso(), utc_timestamp_now());
    }
    context.job_run = job_run;
    summary.count("job_run", job_run);
    log.info("job run " + std::to_string(job_run) + " started, today = " + today.to_iso(), context);

    const fs::path run_out = fs::path(spec.out.empty() ? "." : spec.out) / ("run-" + std::to_string(job_run));
    fs::create_directories(run_out);
    const fs::path schemas = (spec.data_dir.empty() ? CommonOptions{}.resolved_data_dir() : fs::path(spec.data_dir)) / "schemas";

    jobs::Variables variables{{"today", today.to_iso()}, {"job-run", std::to_string(job_run)}};
    for (const auto& d : done) {
        if (d.run_id) variables["run:" + d.step] = std::to_string(*d.run_id);
    }

    int worst = exit_ok;
    std::int64_t steps_done = 0, steps_skipped = 0;
    std::string report = "job " + spec.name + " run " + std::to_string(job_run) + " (today " + today.to_iso() + ")\n";
    const int total = static_cast<int>(spec.steps.size());
    for (int position = 0; position < total; ++position) {
        const jobs::Step& step = spec.steps[position];
        context.step = step.name;
        context.run_id.reset();
        const std::string tag = "[" + std::to_string(position + 1) + "/" + std::to_string(total) + "] " + step.name;
        StepIntake intake = step.intake.empty() ? StepIntake() : StepIntake(step.intake, job_run, step.name);
        const auto previous = std::find_if(done.begin(), done.end(), [&](const auto& d) { return d.step == step.name; });
        if (previous != done.end()) {
            // Recorded before the interruption: finish moving its files if the crash came first.
            intake.to_done();
            out << tag << ": already " << previous->status << " before the interruption\n";
            log.info("already " + previous->status + " before the interruption", context);
            if (previous->status == "done") ++steps_done; else ++steps_skipped;
            worst = std::max(worst, previous->exit_code);
            continue;
        }

        if (const auto missing = missing_run(step, variables)) {
            store::record_job_step(db, job_run, position, {step.name, "skipped", exit_ok, std::nullopt}, utc_timestamp_now());
            out << tag << ": skipped, step " << *missing << " recorded no run\n";
            log.info("skipped: step " + *missing + " recorded no run", context);
            ++steps_skipped;
            continue;
        }

        const std::size_t files = intake.take();
        if (intake.used() && files == 0) {
            store::record_job_step(db, job_run, position, {step.name, "skipped", exit_ok, std::nullopt}, utc_timestamp_now());
            out << tag << ": skipped, nothing in " << step.intake << "\n";
            log.info("skipped: the intake folder is empty", context);
            ++steps_skipped;
            continue;
        }

        const fs::path step_out = run_out / step.name;
        variables["out"] = step_out.string();
        if (intake.used()) variables["intake"] = intake.processing().string();
        // The step stopped before its work was done: nothing of it is in the store.
        const auto stop_step = [&](int status, const std::string& why) {
            err << why;
            if (intake.used() && status == exit_input_error) {
                out << tag << ": input files moved to " << intake.to_rejected().string() << "\n";
            } else {
                intake.give_back();  // not the files' fault: back where they were, for the next run
            }
            log.error("stopped: " + why, context);
            store::finish_job_run(db, job_run, store::JobRunStatus::failed, utc_timestamp_now());
            summary.count("steps_done", steps_done);
            summary.count("steps_skipped", steps_skipped);
            report += "job FAILED at step " + step.name + "\n";
            context.step.clear();
            context.run_id.reset();
            notify(spec, report, log, context);
            return std::max(worst, status == exit_ok ? int{exit_input_error} : status);
        };

        const jobs::DateRule rule = step.reference_date.value_or(spec.reference_date);
        Date as_of = today;
        try {
            std::optional<Date> close;
            if (rule.kind == jobs::DateRule::Kind::close_date) {
                jobs::Variables before_date = variables;
                before_date["as-of"] = today.to_iso();
                close = avviso_close_date(step_arguments(spec, step, before_date), schemas);
            }
            as_of = jobs::resolve(rule, today, close);
        } catch (const Error& e) {
            return stop_step(exit_input_error, "gradus job: step " + step.name + ": reference date " + rule.to_string() +
                                                   ": " + e.what() + "\n");
        }
        variables["as-of"] = as_of.to_iso();
        const std::vector<std::string> args = step_arguments(spec, step, variables);

        auto command = prepared_command(job, step, args);
        log.info("started: gradus " + step.command + " (reference date " + as_of.to_iso() + ")", context);
        const auto started = std::chrono::steady_clock::now();
        std::ostringstream step_out_text, step_err_text;
        int status = exit_ok;
        {
            std::optional<std::chrono::milliseconds> last_time;
            if (settings.progress_on_terminal) {
                if (const auto ms = store::last_step_elapsed_ms(db, spec.name, step.name)) {
                    last_time = std::chrono::milliseconds(*ms);
                }
            }
            StepTicker ticker(settings.progress_on_terminal, err,
                              tag + ": gradus " + step.command +
                                  (files ? " on " + std::to_string(files) + " files" : std::string(" running")),
                              last_time, command->progress_so_far());
            status = execute(*command, step_out_text, step_err_text);
        }
        const auto elapsed = std::chrono::steady_clock::now() - started;
        const RunSummary& result = command->result();
        {
            fs::create_directories(run_out);
            std::ofstream messages(run_out / (step.name + ".txt"), std::ios::binary);
            messages << step_out_text.str() << step_err_text.str();
        }
        context.run_id = result.run_id;
        const std::string line = tag + ": gradus " + step.command + " exit " + std::to_string(status) +
                                 (result.run_id ? ", run " + std::to_string(*result.run_id) : "") +
                                 (result.counts.empty() ? "" : ", " + counts_text(result)) + ", " +
                                 seconds_text(elapsed) + rate_text(result, elapsed);
        out << line << "\n";
        report += line + "\n";

        if (result.completed) {
            // The step's work is committed: record it, then move its files to done/.
            const auto elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
            store::record_job_step(db, job_run, position, {step.name, "done", status, result.run_id, elapsed_ms},
                                   utc_timestamp_now());
            intake.to_done();
            if (result.run_id) variables["run:" + step.name] = std::to_string(*result.run_id);
            ++steps_done;
            worst = std::max(worst, status);
            for (const auto& [label, path] : result.outputs) summary.output(step.name + "." + label, path);
            if (status == exit_ok) log.info("done: " + result.to_json(), context);
            else log.warning("done, some records refused (see " + (run_out / (step.name + ".txt")).string() + "): " +
                             result.to_json(), context);
            continue;
        }

        return stop_step(status, step_err_text.str());
    }
    context.step.clear();
    context.run_id.reset();
    store::finish_job_run(db, job_run, store::JobRunStatus::succeeded, utc_timestamp_now());
    if (spec.keep > 0) {
        for (const auto& removed : apply_retention(run_out.parent_path(), spec.keep, job_run)) {
            log.info("retention: removed " + removed.string(), context);
        }
    }
    summary.count("steps_done", steps_done);
    summary.count("steps_skipped", steps_skipped);
    summary.output("folder", run_out);
    report += worst == exit_ok ? "job ok\n" : "job done, some records refused (exit 1)\n";
    out << "job " << spec.name << " run " << job_run << (worst == exit_ok ? ": ok" : ": done, some records refused")
        << "; outputs in " << run_out.string() << "\n";
    for (const auto& [label, path] : summary.outputs) {
        if (label.find("html") != std::string::npos) out << "  " << label << "  " << path << "\n";
    }
    log.info("job run finished with exit status " + std::to_string(worst), context);
    notify(spec, report, log, context);
    return worst;
}

}  // namespace gradus::cli

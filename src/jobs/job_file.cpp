#include "gradus/jobs/job_file.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace gradus::jobs {
namespace {

const std::set<std::string> step_variables = {"intake", "out", "as-of", "today", "job-run"};

std::string trim(std::string_view text) {
    std::size_t from = 0, to = text.size();
    while (from < to && std::isspace(static_cast<unsigned char>(text[from]))) ++from;
    while (to > from && std::isspace(static_cast<unsigned char>(text[to - 1]))) --to;
    return std::string(text.substr(from, to - from));
}

bool is_name(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

class Parser {
public:
    Parser(std::string_view text, std::string file) : m_text(text), m_file(std::move(file)) {}

    JobSpec parse() {
        m_spec.file = m_file;
        std::size_t at = 0;
        while (at <= m_text.size()) {
            const std::size_t end = std::min(m_text.find('\n', at), m_text.size());
            ++m_line;
            line(trim(m_text.substr(at, end - at)));
            at = end + 1;
        }
        if (!m_seen_job) fail(0, "no [job] section");
        if (m_spec.steps.empty()) fail(0, "no [step NAME] section: a job runs at least one step");
        for (const Step& step : m_spec.steps) {
            if (step.command.empty()) fail(step.line, "step '" + step.name + "' has no 'command ='");
        }
        return std::move(m_spec);
    }

private:
    [[noreturn]] void fail(std::uint64_t line, const std::string& message) const {
        throw ConfigError(m_file + (line ? ":" + std::to_string(line) : "") + ": " + message);
    }

    void line(const std::string& text) {
        if (text.empty() || text[0] == '#' || text[0] == ';') return;
        if (text.front() == '[') return section(text);
        if (m_section == Section::none) fail(m_line, "a setting before any [job] or [step NAME] section");
        if (m_section == Section::step && text.rfind("--", 0) == 0) return option(text);
        const auto eq = text.find('=');
        if (eq == std::string::npos) fail(m_line, "expected 'key = value', not '" + text + "'");
        const std::string key = trim(std::string_view(text).substr(0, eq));
        const std::string value = trim(std::string_view(text).substr(eq + 1));
        if (m_section == Section::job) job_setting(key, value);
        else step_setting(key, value);
    }

    void section(const std::string& text) {
        if (text.back() != ']') fail(m_line, "a section header ends with ']'");
        const std::string inner = trim(std::string_view(text).substr(1, text.size() - 2));
        if (inner == "job") {
            if (m_seen_job) fail(m_line, "a second [job] section");
            if (!m_spec.steps.empty()) fail(m_line, "[job] comes before the steps");
            m_seen_job = true;
            m_section = Section::job;
            return;
        }
        if (inner.rfind("step", 0) != 0 || inner.size() < 6 || !std::isspace(static_cast<unsigned char>(inner[4]))) {
            fail(m_line, "unknown section [" + inner + "]: expected [job] or [step NAME]");
        }
        if (!m_seen_job) fail(m_line, "the [job] section comes first");
        const std::string name = trim(std::string_view(inner).substr(5));
        if (!is_name(name)) fail(m_line, "a step name is letters, digits, '-' and '_', not '" + name + "'");
        if (m_spec.find_step(name)) fail(m_line, "a second step named '" + name + "'");
        m_spec.steps.push_back(Step{name, m_line, "", "", std::nullopt, {}, {}});
        m_section = Section::step;
    }

    void job_setting(const std::string& key, const std::string& value) {
        if (!m_job_keys.insert(key).second) fail(m_line, "'" + key + "' is set twice");
        if (key == "name") {
            if (!is_name(value)) fail(m_line, "a job name is letters, digits, '-' and '_', not '" + value + "'");
            m_spec.name = value;
        } else if (key == "db") {
            if (value.rfind("sqlite:", 0) != 0 && value.rfind("postgresql://", 0) != 0) {
                fail(m_line, "db must be sqlite:PATH or postgresql://CONNINFO, not '" + value + "'");
            }
            m_spec.db = value;
        } else if (key == "out") {
            required(key, value);
            m_spec.out = value;
        } else if (key == "reference-date") {
            m_spec.reference_date = date_rule(value);
        } else if (key == "keep") {
            m_spec.keep = number(key, value);
        } else if (key == "threads") {
            m_spec.threads = number(key, value);
        } else if (key == "notify-file") {
            required(key, value);
            m_spec.notify_file = value;
        } else if (key == "notify-command") {
            required(key, value);
            m_spec.notify_command = value;
        } else if (key == "data-dir") {
            required(key, value);
            m_spec.data_dir = value;
        } else {
            fail(m_line, "unknown setting '" + key +
                             "' in [job] (known: name, db, out, reference-date, keep, threads, notify-file, "
                             "notify-command, data-dir)");
        }
    }

    void step_setting(const std::string& key, const std::string& value) {
        Step& step = m_spec.steps.back();
        if (key == "command") {
            if (!step.command.empty()) fail(m_line, "'command' is set twice");
            if (!is_name(value)) fail(m_line, "command must be a gradus command name, not '" + value + "'");
            if (value == "job") fail(m_line, "a job step cannot run another job");
            step.command = value;
        } else if (key == "intake") {
            required(key, value);
            step.intake = value;
        } else if (key == "reference-date") {
            step.reference_date = date_rule(value);
        } else {
            fail(m_line, "unknown setting '" + key + "' in [step " + step.name +
                             "] (known: command, intake, reference-date, and --OPTION lines)");
        }
    }

    // "--name = words..." or a bare "--flag".
    void option(const std::string& text) {
        Step& step = m_spec.steps.back();
        const auto eq = text.find('=');
        const std::string name = trim(std::string_view(text).substr(0, eq));
        if (!is_name(name.substr(2))) fail(m_line, "an option is --name, not '" + name + "'");
        step.args.push_back(name);
        step.option_lines.emplace_back(name, m_line);
        if (eq == std::string::npos) return;
        const std::vector<std::string> words = split_words(trim(std::string_view(text).substr(eq + 1)));
        if (words.empty()) fail(m_line, name + " = needs a value (write a flag as '" + name + "' alone)");
        for (const std::string& word : words) {
            check_variables(word, step);
            step.args.push_back(word);
        }
    }

    // Words separated by blanks; "double quotes" keep blanks inside one word.
    std::vector<std::string> split_words(const std::string& text) {
        std::vector<std::string> words;
        std::string word;
        bool quoted = false, any = false;
        for (const char c : text) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (!quoted && std::isspace(static_cast<unsigned char>(c))) {
                if (any) words.push_back(std::move(word));
                word.clear();
                any = false;
            } else {
                word += c;
                any = true;
            }
        }
        if (quoted) fail(m_line, "a '\"' is not closed");
        if (any) words.push_back(std::move(word));
        return words;
    }

    void check_variables(const std::string& word, const Step& step) {
        for (std::size_t at = word.find("${"); at != std::string::npos; at = word.find("${", at + 2)) {
            const auto close = word.find('}', at);
            if (close == std::string::npos) fail(m_line, "a '${' is not closed in '" + word + "'");
            const std::string name = word.substr(at + 2, close - at - 2);
            if (name.rfind("run:", 0) == 0) {
                const std::string earlier = name.substr(4);
                if (earlier == step.name || !m_spec.find_step(earlier)) {
                    fail(m_line, "${" + name + "}: no earlier step named '" + earlier + "'");
                }
            } else if (!step_variables.count(name)) {
                fail(m_line, "unknown variable ${" + name + "} (known: intake, out, as-of, today, job-run, run:STEP)");
            } else if (name == "intake" && step.intake.empty()) {
                fail(m_line, "${intake} in a step without 'intake ='");
            }
        }
    }

    DateRule date_rule(const std::string& value) {
        const auto rule = DateRule::parse(value);
        if (!rule) fail(m_line, "reference-date must be today, close-date, end-of-last-year or YYYY-MM-DD, not '" + value + "'");
        return *rule;
    }

    unsigned number(const std::string& key, const std::string& value) {
        if (value.empty() || value.size() > 6 || !std::all_of(value.begin(), value.end(), ::isdigit)) {
            fail(m_line, key + " must be a whole number, not '" + value + "'");
        }
        return static_cast<unsigned>(std::stoul(value));
    }

    void required(const std::string& key, const std::string& value) {
        if (value.empty()) fail(m_line, key + " needs a value");
    }

    enum class Section { none, job, step };
    std::string_view m_text;
    std::string m_file;
    std::uint64_t m_line = 0;
    Section m_section = Section::none;
    bool m_seen_job = false;
    std::set<std::string> m_job_keys;
    JobSpec m_spec;
};

}  // namespace

std::optional<DateRule> DateRule::parse(std::string_view text) {
    if (text == "today") return DateRule{Kind::today, {}};
    if (text == "close-date") return DateRule{Kind::close_date, {}};
    if (text == "end-of-last-year") return DateRule{Kind::end_of_last_year, {}};
    if (const auto date = Date::try_parse_iso(text)) return DateRule{Kind::fixed, *date};
    return std::nullopt;
}

std::string DateRule::to_string() const {
    switch (kind) {
    case Kind::today: return "today";
    case Kind::close_date: return "close-date";
    case Kind::end_of_last_year: return "end-of-last-year";
    case Kind::fixed: return fixed.to_iso();
    }
    return "";
}

const Step* JobSpec::find_step(std::string_view wanted) const {
    for (const Step& step : steps) {
        if (step.name == wanted) return &step;
    }
    return nullptr;
}

JobSpec parse_job_file(std::string_view text, const std::string& file_name) {
    return Parser(text, file_name).parse();
}

std::string expand(const std::string& word, const Variables& variables) {
    std::string result;
    std::size_t at = 0;
    for (std::size_t open = word.find("${"); open != std::string::npos; open = word.find("${", at)) {
        const auto close = word.find('}', open);
        if (close == std::string::npos) throw ConfigError("a '${' is not closed in '" + word + "'");
        const std::string name = word.substr(open + 2, close - open - 2);
        const auto value = variables.find(name);
        if (value == variables.end()) throw ConfigError("no value for ${" + name + "} in '" + word + "'");
        result += word.substr(at, open - at) + value->second;
        at = close + 1;
    }
    return result + word.substr(at);
}

Date resolve(const DateRule& rule, const Date& today, const std::optional<Date>& close_date) {
    switch (rule.kind) {
    case DateRule::Kind::today: return today;
    case DateRule::Kind::end_of_last_year: return Date::from_ymd(today.year() - 1, 12, 31);
    case DateRule::Kind::fixed: return rule.fixed;
    case DateRule::Kind::close_date:
        if (!close_date) throw ConfigError("reference-date = close-date needs a step with an --avviso");
        return *close_date;
    }
    throw InternalError("unknown reference-date rule");
}

}  // namespace gradus::jobs

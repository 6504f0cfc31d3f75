#include "job_intake.hpp"

#include "gradus/core/errors.hpp"

#include <algorithm>

namespace fs = std::filesystem;

namespace gradus::cli {
namespace {

// Moves every file of `from` into `to` (created), then removes `from`, and its parent when
// that is left empty.
void move_all(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    for (const auto& entry : fs::directory_iterator(from)) fs::rename(entry.path(), to / entry.path().filename());
    fs::remove(from);
    std::error_code not_empty;
    fs::remove(from.parent_path(), not_empty);
}

}  // namespace

std::vector<fs::path> intake_files(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.') files.push_back(entry.path());
    }
    if (ec) throw ConfigError(folder.string() + ": cannot read the intake folder: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

StepIntake::StepIntake(const fs::path& folder, std::int64_t job_run, const std::string& step)
    : m_folder(folder), m_label("run-" + std::to_string(job_run) + "-" + step) {
    m_processing = m_folder / "processing" / m_label;
}

bool StepIntake::pending() const { return used() && fs::exists(m_processing); }

std::size_t StepIntake::take() {
    if (!used()) return 0;
    if (pending()) return intake_files(m_processing).size();
    const auto files = intake_files(m_folder);
    if (files.empty()) return 0;
    fs::create_directories(m_processing);
    for (const auto& f : files) fs::rename(f, m_processing / f.filename());
    return files.size();
}

fs::path StepIntake::to_done() const {
    const fs::path done = m_folder / "done" / m_label;
    if (pending()) move_all(m_processing, done);
    return done;
}

fs::path StepIntake::to_rejected() const {
    const fs::path rejected = m_folder / "rejected" / m_label;
    if (pending()) move_all(m_processing, rejected);
    return rejected;
}

void StepIntake::give_back() const {
    if (pending()) move_all(m_processing, m_folder);
}

}  // namespace gradus::cli

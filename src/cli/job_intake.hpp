#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace gradus::cli {

// A step's input folder, processed atomically. take() moves the files then present into
// processing/run-N-STEP/ (files arriving later wait for the next run); once the step's run has
// committed, to_done() moves them to done/run-N-STEP/; a step that stopped on bad input sends
// them to rejected/, any other stop gives them back. Each move is a rename within one file
// system: a file is in one folder or the other, never half copied.
class StepIntake {
public:
    StepIntake() = default;  // a step without intake: every operation does nothing
    StepIntake(const std::filesystem::path& folder, std::int64_t job_run, const std::string& step);

    bool used() const { return !m_folder.empty(); }
    const std::filesystem::path& processing() const { return m_processing; }
    // Whether files of this job run are waiting in processing/ (an interrupted run).
    bool pending() const;
    // Moves the folder's files into processing/ unless some are pending already; returns how
    // many files the step will see (0: nothing to do).
    std::size_t take();
    std::filesystem::path to_done() const;
    std::filesystem::path to_rejected() const;
    void give_back() const;

private:
    std::filesystem::path m_folder;
    std::filesystem::path m_processing;
    std::string m_label;  // run-N-STEP
};

// Regular files straight inside `folder` whose names do not start with '.', sorted by name.
std::vector<std::filesystem::path> intake_files(const std::filesystem::path& folder);

}  // namespace gradus::cli

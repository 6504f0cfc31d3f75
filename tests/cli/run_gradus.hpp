#pragma once

// Runs the built gradus binary as a person would, for end-to-end tests.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <sys/wait.h>

namespace gradus::test {

struct Outcome {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh folder under the system temp folder, removed when the object goes.
class TempDir {
public:
    TempDir() {
        std::random_device seed;
        m_path = std::filesystem::temp_directory_path() / ("gradus-test-" + std::to_string(seed()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline const std::filesystem::path source_dir{GRADUS_SOURCE_DIR};

// `args` is appended to the binary's path as shell words (the tests control every argument);
// `environment`, when given, is env(1)'s arguments before it ("-u NAME", "NAME=value").
inline Outcome run_gradus(const std::string& args, const TempDir& tmp, const std::string& environment = {}) {
    const auto out = tmp.path() / "stdout.txt";
    const auto err = tmp.path() / "stderr.txt";
    const std::string command = "cd '" + source_dir.string() + "' && " +
                                (environment.empty() ? std::string() : "env " + environment + " ") + "'" +
                                std::string(GRADUS_BINARY) + "' " + args +
                                " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

}  // namespace gradus::test

// gradus-read-candidature: times the candidature reader alone, against the bare SAX2 floor of
// gradus-floor, and prints "name=value" pairs.
//   gradus-read-candidature bytes|file SCHEMA_DIR PARSERS FILE...
// "bytes" reads each file whole and parses the copy (read_candidature_bytes); "file" parses it as
// it is read and hashes it on the way (read_candidature_file). Parsers take whole files in turn.
#include "gradus/core/errors.hpp"
#include "gradus/xml/candidature_reader.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

std::string read_whole(const std::filesystem::path& file) {
    std::string bytes(std::filesystem::file_size(file), '\0');
    std::ifstream in(file, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

struct Tally {
    std::size_t records = 0;
    std::size_t issues = 0;
};

int run(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    if ((mode != "bytes" && mode != "file") || argc < 5) {
        std::fprintf(stderr, "usage: gradus-read-candidature bytes|file SCHEMA_DIR PARSERS FILE...\n");
        return 2;
    }
    const std::filesystem::path schemas = argv[2];
    const unsigned parsers = static_cast<unsigned>(std::stoul(argv[3]));
    const std::vector<std::filesystem::path> files(argv + 4, argv + argc);
    const auto start = std::chrono::steady_clock::now();
    std::atomic<std::size_t> next{0};
    std::vector<Tally> tallies(parsers);
    std::vector<std::thread> threads;
    for (unsigned p = 0; p < parsers; ++p) {
        threads.emplace_back([&, p] {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                std::vector<gradus::art16::Candidatura> records;
                gradus::IssueLog issues;
                if (mode == "bytes") {
                    const std::string bytes = read_whole(files[i]);
                    gradus::xml::read_candidature_bytes(bytes, files[i].string(), schemas, records, issues);
                } else {
                    gradus::xml::read_candidature_file(files[i], files[i].string(), schemas, records, issues);
                }
                tallies[p].records += records.size();
                tallies[p].issues += issues.size();
            }
        });
    }
    for (auto& t : threads) t.join();
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    Tally total;
    for (const Tally& t : tallies) {
        total.records += t.records;
        total.issues += t.issues;
    }
    std::printf("seconds=%.3f records=%zu issues=%zu\n", seconds.count(), total.records, total.issues);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gradus-read-candidature: %s\n", e.what());
        return 1;
    }
}

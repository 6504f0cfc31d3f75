// gradus-report-bench DATA_DIR AVVISO CANDIDATURE...: ranks the candidature as `gradus rank` does
// (app::run_art16, no store, no files), renders every document of the run into a sink that only
// counts (the reports stage of `gradus rank --no-store`, without the files); then renders
// graduatoria.xml again, streamed into a counting sink and whole into a string, each with its CPU
// and wall seconds and the peak memory it added. Benchmark code, not part of gradus.
#include "gradus/app/art16_job.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/graduatoria_xml.hpp"
#include "gradus/xml/criteria_reader.hpp"

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double wall_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// VmRSS or VmHWM of this process in MB, from /proc/self/status.
double status_mb(const std::string& field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) {
            return std::stod(line.substr(field.size() + 1)) / 1024.0;
        }
    }
    return 0;
}

// Heap in use, in MB (glibc).
double heap_mb() {
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

// Gives free heap pages back to the system, then lets the next VmHWM start from the current
// resident set (Linux: clear_refs "5"), so that the peak counts only what the rendering needs.
void reset_peak() {
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
}

gradus::app::NamedBytes named_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return {path.substr(path.find_last_of('/') + 1), bytes.str()};
}

// Counts the bytes, nothing else.
class ByteCounter final : public gradus::ByteSink {
public:
    void write(std::string_view bytes) override { m_count += bytes.size(); }
    std::size_t count() const { return m_count; }

private:
    std::size_t m_count = 0;
};

// Counts the bytes and notes the largest piece and the most heap in use while they arrive.
class CountingSink final : public gradus::ByteSink {
public:
    CountingSink() : m_heap_before(heap_mb()) {}
    void write(std::string_view bytes) override {
        m_count += bytes.size();
        m_largest = std::max(m_largest, bytes.size());
        m_heap_added = std::max(m_heap_added, heap_mb() - m_heap_before);
    }
    std::size_t count() const { return m_count; }
    void print() const {
        std::printf("  largest piece=%.1f MB, most heap added while writing=%.1f MB\n", m_largest / (1024.0 * 1024.0),
                    m_heap_added);
    }

private:
    std::size_t m_count = 0;
    std::size_t m_largest = 0;
    double m_heap_before;
    double m_heap_added = 0;
};

template <class Render>
void measure(const char* label, Render render) {
    reset_peak();
    const double rss = status_mb("VmRSS");
    const double cpu = cpu_seconds();
    const double wall = wall_seconds();
    const std::size_t bytes = render();
    std::printf("%s: cpu=%.3f wall=%.3f bytes=%zu added_peak_mb=%.1f\n", label, cpu_seconds() - cpu,
                wall_seconds() - wall, bytes, status_mb("VmHWM") - rss);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: gradus-report-bench DATA_DIR AVVISO CANDIDATURE...\n");
        return 2;
    }
    try {
        const std::filesystem::path data_dir = argv[1];
        const auto schemas = data_dir / "schemas";
        gradus::app::Art16Inputs inputs{named_file(argv[2]), {}, std::nullopt};
        for (int i = 3; i < argc; ++i) {
            const std::filesystem::path file = argv[i];
            inputs.candidature.push_back({file.filename().string(), file, {}, {}, {}});
        }
        const auto catalogue = gradus::xml::read_criteria_dir(data_dir / "criteria", schemas);
        const gradus::app::Art16Outcome outcome =
            gradus::app::run_art16(inputs, gradus::app::Art16Settings{}, catalogue, schemas);
        measure("reports stage (every document)", [&] {
            std::size_t bytes = 0;
            for (const auto& document : gradus::app::art16_documents(outcome)) {
                ByteCounter counter;
                document.render(counter);
                bytes += counter.count();
            }
            return bytes;
        });

        const gradus::report::ReportContext context{outcome.criteria.file_name, outcome.criteria.sha256, "bench", ""};
        const auto& g = outcome.graduatoria;
        CountingSink sink;
        measure("graduatoria.xml streamed", [&] {
            gradus::report::graduatoria_xml(g, context, sink);
            return sink.count();
        });
        sink.print();
        measure("graduatoria.xml as a string", [&] { return gradus::report::graduatoria_xml(g, context).size(); });
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gradus-report-bench: %s\n", e.what());
        return 1;
    }
}

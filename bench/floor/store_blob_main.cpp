// gradus-store-blob URL MIB [FILE]: times the store's streaming blob path. Writes one blob of MIB
// MiB as an output of one run through a BlobWriter, in 64 KiB pieces as a report renderer would,
// then reads it back through Store::read_blob into a hash; prints "write_seconds=...
// write_mb_per_second=... read_seconds=... read_mb_per_second=...". The bytes are a pseudo-random
// sequence (nothing to compress), or FILE's bytes repeated. Peak memory: run it under
// /usr/bin/time -v. Benchmark code, not part of gradus.
#include "gradus/core/byte_sink.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/store/store.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>

namespace {

constexpr std::size_t piece_size = 64 * 1024;

class HashingSink final : public gradus::ByteSink {
public:
    void write(std::string_view bytes) override { m_hash.update(bytes); }
    std::string hex_digest() { return m_hash.hex_digest(); }

private:
    gradus::Sha256 m_hash;
};

// The next piece: FILE's bytes from where the previous piece stopped, or xorshift64 output.
class Source {
public:
    explicit Source(std::string sample) : m_sample(std::move(sample)), m_piece(piece_size, '\0') {}

    std::string_view next() {
        for (std::size_t i = 0; i < m_piece.size(); ++i) {
            if (!m_sample.empty()) {
                m_piece[i] = m_sample[m_at++ % m_sample.size()];
                continue;
            }
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            m_piece[i] = static_cast<char>(m_state);
        }
        return m_piece;
    }

private:
    std::string m_sample;
    std::string m_piece;
    std::size_t m_at = 0;
    std::uint64_t m_state = 0x9E3779B97F4A7C15ULL;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: gradus-store-blob URL MIB [FILE]\n");
        return 2;
    }
    try {
        const std::int64_t mib = std::stoll(argv[2]);
        std::string sample;
        if (argc == 4) {
            std::ifstream file(argv[3], std::ios::binary);
            sample.assign(std::istreambuf_iterator<char>(file), {});
            if (sample.empty()) throw std::runtime_error(std::string("cannot read ") + argv[3]);
        }
        Source source(std::move(sample));
        gradus::store::Store db(argv[1]);
        const gradus::store::RunSpec spec{"bench-blob", "bench", gradus::Date::from_ymd(2026, 3, 23), "", {}};
        auto start = std::chrono::steady_clock::now();
        std::string sha;
        {
            gradus::store::RunTransaction run(db, spec, "2026-11-26T00:00:00Z");
            auto writer = run.output_writer("report", "big.bin");
            const std::int64_t pieces = mib * 1024 * 1024 / static_cast<std::int64_t>(piece_size);
            for (std::int64_t i = 0; i < pieces; ++i) writer.write(source.next());
            sha = writer.finish();
            run.commit("2026-11-26T00:00:01Z");
        }
        const double write_seconds = seconds_since(start);
        start = std::chrono::steady_clock::now();
        HashingSink sink;
        if (!db.read_blob(sha, sink) || sink.hex_digest() != sha) throw std::runtime_error("the blob came back altered");
        const double read_seconds = seconds_since(start);
        const double mb = static_cast<double>(mib) * 1024 * 1024 / 1e6;
        std::printf("write_seconds=%.3f write_mb_per_second=%.1f read_seconds=%.3f read_mb_per_second=%.1f\n",
                    write_seconds, mb / write_seconds, read_seconds, mb / read_seconds);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gradus-store-blob: %s\n", e.what());
        return 1;
    }
}

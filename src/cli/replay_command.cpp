#include "replay_command.hpp"

#include "gradus/app/recompute.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/sha256.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"


#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

// "line N: stored <...> / replayed <...>" for the first line where two texts part.
std::string first_difference(const std::string& stored, const std::string& replayed) {
    std::size_t line = 1, at = 0;
    while (at < stored.size() && at < replayed.size() && stored[at] == replayed[at]) {
        if (stored[at] == '\n') ++line;
        ++at;
    }
    const auto line_of = [at](const std::string& text) {
        const auto begin = text.rfind('\n', at == 0 ? 0 : at - 1);
        const auto from = begin == std::string::npos || at == 0 ? 0 : begin + 1;
        const auto end = text.find('\n', at);
        std::string l = text.substr(from, end == std::string::npos ? std::string::npos : end - from);
        return l.size() > 160 ? l.substr(0, 160) + "..." : l;
    };
    return "line " + std::to_string(line) + ": stored \"" + line_of(stored) + "\" / replayed \"" + line_of(replayed) + "\"";
}

}  // namespace

std::string ReplayCommand::summary() const {
    return "compute a recorded run again from its stored inputs and compare every output byte by byte";
}

void ReplayCommand::declare(po::options_description& options, po::positional_options_description& positional) {
    options.add_options()("run", po::value(&m_run)->required(), "the run to replay");
    positional.add("run", 1);
    m_common.declare(options);
}

void ReplayCommand::validate(const po::variables_map&) {
    m_common.validate();
    if (m_run <= 0) throw UsageError("RUN must be a run id (a positive number)");
}

int ReplayCommand::run(std::ostream& out, std::ostream&) {
    const auto parallelism = m_common.parallelism();
    const std::string started_at = utc_timestamp_now();
    store::Store db(m_common.db);
    if (const auto record = db.get_run(m_run); record && record->engine_version != engine_version) {
        out << "note: run " << m_run << " was made by gradus " << record->engine_version << "; this is gradus "
            << engine_version << ": differences may come from the engine\n";
    }
    const auto recomputed = app::recompute_run(db, m_run, m_common.schema_dir());

    std::string report;
    int different = 0;
    for (const auto& file : recomputed.outputs) {
        const auto it = recomputed.recorded_hashes.find(file.name);
        const std::string replayed_hash = sha256_hex(file.bytes);
        if (it == recomputed.recorded_hashes.end()) {
            report += file.name + ": not written by the run\n";
            ++different;
        } else if (it->second != replayed_hash) {
            const auto original = db.get_blob(it->second);
            report += file.name + ": DIFFERENT, " + first_difference(original.value_or(""), file.bytes) + "\n";
            ++different;
        } else {
            report += file.name + ": identical (sha256 " + replayed_hash + ")\n";
        }
    }
    const std::string verdict = different == 0 ? "identical" : "different";

    store::RunSpec spec{"replay", engine_version, recomputed.record.reference_date,
                        "of_run=" + std::to_string(m_run) + "\nresult=" + verdict + "\n", m_run};
    store::RunTransaction replay(db, spec, started_at);
    replay.add_output("replay", "replay.txt", report);
    replay.commit(utc_timestamp_now());

    m_result.run_id = replay.run_id();
    m_result.count("of_run", m_run);
    m_result.count("files_identical", static_cast<std::int64_t>(recomputed.outputs.size()) - different);
    m_result.count("files_different", different);
    out << report << "replay of run " << m_run << ": " << verdict << " (recorded as run " << replay.run_id() << ")\n";
    return different == 0 ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli

#include "replay_command.hpp"

#include "gradus/app/recompute.hpp"
#include "gradus/cli/files.hpp"
#include "gradus/cli/first_difference.hpp"
#include "gradus/cli/temporary_file.hpp"
#include "gradus/core/errors.hpp"
#include "gradus/core/hashing_sink.hpp"
#include "gradus/store/run_transaction.hpp"
#include "gradus/version.hpp"

#include <fstream>
#include <functional>
#include <optional>
#include <ostream>

namespace po = boost::program_options;

namespace gradus::cli {
namespace {

// What replay says of one output computed again. It is rendered once, only hashed; when its hash is
// not the recorded one, it is rendered again into a temporary file and compared with the stored copy
// as that streams from the store, so that neither copy is ever held whole.
std::string verdict_on(store::Store& db, const std::string& name, const std::optional<std::string>& recorded_sha256,
                       const std::function<void(ByteSink&)>& render, int& different) {
    HashingSink hash;
    render(hash);
    const std::string replayed_hash = hash.hex_digest();
    if (!recorded_sha256) {
        ++different;
        return name + ": not written by the run\n";
    }
    if (*recorded_sha256 == replayed_hash) return name + ": identical (sha256 " + replayed_hash + ")\n";
    ++different;
    TemporaryFile replayed;
    render(replayed);
    std::ifstream again(replayed.path(), std::ios::binary);
    if (!again) throw Error("cannot read back the temporary file " + replayed.path().string());
    FirstDifference compare(again);
    if (!db.read_blob(*recorded_sha256, compare)) return name + ": DIFFERENT, the stored copy is missing\n";
    return name + ": DIFFERENT, " + compare.finish().value_or("same bytes, other hash") + "\n";
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
    std::string report;
    int different = 0;
    int compared = 0;
    const store::RunRecord record = app::recompute_run(
        db, m_run, m_common.schema_dir(),
        [&](const std::string& name, const std::optional<std::string>& recorded_sha256,
            const std::function<void(ByteSink&)>& render) {
            report += verdict_on(db, name, recorded_sha256, render, different);
            ++compared;
        });
    const std::string verdict = different == 0 ? "identical" : "different";

    store::RunSpec spec{"replay", engine_version, record.reference_date,
                        "of_run=" + std::to_string(m_run) + "\nresult=" + verdict + "\n", m_run};
    store::RunTransaction replay(db, spec, started_at);
    replay.add_output("replay", "replay.txt", report);
    replay.commit(utc_timestamp_now());

    m_result.run_id = replay.run_id();
    m_result.count("of_run", m_run);
    m_result.count("files_identical", static_cast<std::int64_t>(compared - different));
    m_result.count("files_different", different);
    out << report << "replay of run " << m_run << ": " << verdict << " (recorded as run " << replay.run_id() << ")\n";
    return different == 0 ? exit_ok : exit_input_error;
}

}  // namespace gradus::cli
